import type { MailService, MailServiceEndpoint } from '../mail-services/types.js';
import { SOURCES } from './_sources.js';

const CHECKED = '2026-12-04';

const submission = (host: string, port: number, tls: MailServiceEndpoint['tls']): MailServiceEndpoint => ({
  role: 'submission',
  protocol: 'smtp',
  host,
  port,
  tls,
});
const imap = (host: string): MailServiceEndpoint => ({
  role: 'retrieval',
  protocol: 'imap',
  host,
  port: 993,
  tls: 'implicit',
});
const pop3 = (host: string): MailServiceEndpoint => ({
  role: 'retrieval',
  protocol: 'pop3',
  host,
  port: 995,
  tls: 'implicit',
});

/**
 * Servers that common mail providers and sending services document, with their TLS mode per port.
 * `unverified` says where the page was read through a copy or a quoting page rather than the
 * provider's own page on the checking day.
 */
export const MAIL_SERVICES: readonly MailService[] = [
  {
    id: 'google',
    name: 'Gmail and Google Workspace',
    kind: 'mailbox',
    domains: ['gmail.com', 'googlemail.com'],
    endpoints: [
      submission('smtp.gmail.com', 465, 'implicit'),
      submission('smtp.gmail.com', 587, 'starttls'),
      imap('imap.gmail.com'),
      pop3('pop.gmail.com'),
    ],
    notes: 'Workspace accounts use the same servers as gmail.com addresses.',
    sources: [
      {
        label: 'Gmail Help: Read Gmail messages on other email clients using POP (server settings)',
        url: 'https://support.google.com/mail/answer/7104828',
      },
      {
        label: 'Gmail Help: Check Gmail through other email platforms (IMAP settings)',
        url: 'https://support.google.com/mail/answer/7126229',
      },
    ],
    lastVerified: CHECKED,
    unverified:
      'Host names and ports as the help pages have long stated them; the pages were not re-read on the checking day.',
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365 and Outlook.com',
    kind: 'mailbox',
    domains: ['outlook.com', 'hotmail.com', 'live.com'],
    endpoints: [
      submission('smtp.office365.com', 587, 'starttls'),
      submission('smtp-mail.outlook.com', 587, 'starttls'),
      imap('outlook.office365.com'),
      pop3('outlook.office365.com'),
    ],
    notes: 'SMTP submission is on 587 with STARTTLS only; there is no 465.',
    sources: [
      {
        label: 'Microsoft Support: POP, IMAP, and SMTP settings for Outlook.com',
        url: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
      },
      {
        label:
          'Microsoft Learn: How to set up a multifunction device or application to send email using Microsoft 365',
        url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
      },
    ],
    lastVerified: CHECKED,
    unverified:
      'Host names and ports as the support pages have long stated them; the pages were not re-read on the checking day.',
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    kind: 'mailbox',
    domains: ['icloud.com', 'me.com', 'mac.com'],
    endpoints: [submission('smtp.mail.me.com', 587, 'starttls'), imap('imap.mail.me.com')],
    notes: 'No POP3. Third-party clients need an app-specific password.',
    sources: [
      {
        label: 'Apple Support: iCloud Mail server settings for other email client apps',
        url: 'https://support.apple.com/en-us/102525',
      },
      {
        label:
          'Lifewire: iCloud email settings (quotes Apple: no POP; imap.mail.me.com 993, smtp.mail.me.com)',
        url: 'https://www.lifewire.com/what-are-icloud-mail-imap-settings-1170502',
      },
    ],
    lastVerified: CHECKED,
    unverified: 'Read through pages quoting Apple’s settings, not Apple’s page itself.',
  },
  {
    id: 'yahoo-aol',
    name: 'Yahoo Mail and AOL Mail',
    kind: 'mailbox',
    domains: ['yahoo.com', 'ymail.com', 'aol.com'],
    endpoints: [
      submission('smtp.mail.yahoo.com', 465, 'implicit'),
      submission('smtp.mail.yahoo.com', 587, 'starttls'),
      imap('imap.mail.yahoo.com'),
      pop3('pop.mail.yahoo.com'),
      submission('smtp.aol.com', 465, 'implicit'),
      imap('imap.aol.com'),
    ],
    notes: 'Third-party clients need an app password generated in the account’s security settings.',
    sources: [
      {
        label: 'Yahoo Help: IMAP server settings for Yahoo Mail',
        url: 'https://help.yahoo.com/kb/SLN4075.html',
      },
      {
        label: 'AOL Help: Use other email apps to send and receive AOL Mail',
        url: 'https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail',
      },
    ],
    lastVerified: CHECKED,
    unverified:
      'Host names and ports as the help pages have long stated them; the pages were not re-read on the checking day.',
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    kind: 'mailbox',
    domains: ['fastmail.com'],
    endpoints: [
      submission('smtp.fastmail.com', 465, 'implicit'),
      submission('smtp.fastmail.com', 587, 'starttls'),
      imap('imap.fastmail.com'),
      pop3('pop.fastmail.com'),
    ],
    notes: 'Third-party clients use an app password.',
    sources: [
      {
        label: 'Fastmail Help: Server names and ports',
        url: 'https://www.fastmail.help/hc/en-us/articles/1500000278342-Server-names-and-ports',
      },
    ],
    lastVerified: CHECKED,
    unverified:
      'Host names and ports as the help page has long stated them; the page was not re-read on the checking day.',
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    kind: 'mailbox',
    domains: ['zoho.com', 'zohomail.com'],
    endpoints: [
      submission('smtp.zoho.com', 465, 'implicit'),
      submission('smtp.zoho.com', 587, 'starttls'),
      imap('imap.zoho.com'),
      pop3('pop.zoho.com'),
    ],
    notes: 'Accounts in other data centres use their region’s host (smtp.zoho.eu, smtp.zoho.in …).',
    sources: [
      {
        label: 'Zoho Mail Help: SMTP server configuration',
        url: 'https://www.zoho.com/mail/help/zoho-smtp.html',
      },
    ],
    lastVerified: CHECKED,
    unverified:
      'Host names and ports as the help page has long stated them; the page was not re-read on the checking day.',
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES',
    kind: 'sending',
    domains: [],
    endpoints: [
      submission('email-smtp.‹region›.amazonaws.com', 465, 'implicit'),
      submission('email-smtp.‹region›.amazonaws.com', 2465, 'implicit'),
      submission('email-smtp.‹region›.amazonaws.com', 587, 'starttls'),
      submission('email-smtp.‹region›.amazonaws.com', 2587, 'starttls'),
      submission('email-smtp.‹region›.amazonaws.com', 25, 'starttls'),
    ],
    notes: 'No 2525. SMTP credentials are generated for SES; they are not the AWS access keys.',
    sources: [SOURCES.sesSmtp],
    lastVerified: CHECKED,
  },
  {
    id: 'sendgrid',
    name: 'Twilio SendGrid',
    kind: 'sending',
    domains: [],
    endpoints: [
      submission('smtp.sendgrid.net', 465, 'implicit'),
      submission('smtp.sendgrid.net', 587, 'starttls'),
      submission('smtp.sendgrid.net', 2525, 'starttls'),
      submission('smtp.sendgrid.net', 25, 'starttls'),
    ],
    notes: 'The user name is the literal word apikey; the password is an API key.',
    sources: [SOURCES.sendgridSmtp],
    lastVerified: CHECKED,
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    kind: 'sending',
    domains: [],
    endpoints: [
      submission('smtp.mailgun.org', 465, 'implicit'),
      submission('smtp.mailgun.org', 587, 'starttls'),
      submission('smtp.mailgun.org', 2525, 'starttls'),
      submission('smtp.mailgun.org', 25, 'starttls'),
    ],
    notes: 'EU domains use smtp.eu.mailgun.org. SMTP credentials are per sending domain.',
    sources: [
      {
        label: 'Mailgun documentation: Sending via SMTP (ports 25, 465, 587, 2525; 465 requires TLS)',
        url: 'https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp',
      },
      {
        label: 'UmbHost KB: Sending email via Mailgun SMTP (quotes Mailgun’s port text)',
        url: 'https://kb.umbhost.net/email-smtp/sending-email-via-mailgun-smtp/',
      },
    ],
    lastVerified: CHECKED,
    unverified: 'The port text was read on a page quoting Mailgun’s documentation.',
  },
  {
    id: 'postmark',
    name: 'Postmark',
    kind: 'sending',
    domains: [],
    endpoints: [
      submission('smtp.postmarkapp.com', 587, 'starttls'),
      submission('smtp.postmarkapp.com', 2525, 'starttls'),
      submission('smtp.postmarkapp.com', 25, 'starttls'),
    ],
    notes: 'The Server API token is both user name and password.',
    sources: [
      {
        label: 'Postmark: Sending email with SMTP',
        url: 'https://postmarkapp.com/developer/user-guide/send-email-with-smtp',
      },
      {
        label: 'Postmark Support: Common SMTP connection errors (ports 25, 2525 or 587)',
        url: 'https://postmarkapp.com/support/article/common-smtp-connection-errors',
      },
    ],
    lastVerified: CHECKED,
  },
];
