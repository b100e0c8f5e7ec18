import type { Source } from '../types.js';

/** Sources cited by the login policies and the failure catalogue. */
export const LOGIN_SOURCES = {
  googleAppPasswords: {
    label: 'Google Account Help: Sign in with app passwords',
    url: 'https://support.google.com/accounts/answer/185833',
  },
  googleLessSecureApps: {
    label: 'Google Account Help: Less secure apps & your Google Account',
    url: 'https://support.google.com/accounts/answer/6010255',
  },
  googleWorkspaceLsa: {
    label: 'Google Workspace Updates: Winding down Google Sync and Less Secure Apps support (2023-09)',
    url: 'https://workspaceupdates.googleblog.com/2023/09/winding-down-google-sync-and-less-secure-apps-support.html',
  },
  googleXoauth2: {
    label: 'Google for Developers: OAuth 2.0 Mechanism (XOAUTH2) for IMAP and SMTP',
    url: 'https://developers.google.com/workspace/gmail/imap/xoauth2-protocol',
  },
  googleXoauth2Challenge: {
    label: 'google/gmail-oauth2-tools#78 (XOAUTH2 error challenge: status, schemes, scope)',
    url: 'https://github.com/google/gmail-oauth2-tools/issues/78',
  },
  googleImapSettings: {
    label: 'Gmail Help: Read Gmail messages on other email clients using POP / IMAP settings',
    url: 'https://support.google.com/mail/answer/7126229',
  },
  googleBadCredentials: {
    label: 'nodemailer#1167 (Gmail: 535-5.7.8 Username and Password not accepted)',
    url: 'https://github.com/nodemailer/nodemailer/issues/1167',
  },
  googleAppPasswordRequired: {
    label: 'PHPMailer#1708 (Gmail: 534-5.7.9 Application-specific password required)',
    url: 'https://github.com/PHPMailer/PHPMailer/issues/1708',
  },
  msSmtpAuthRetirement: {
    label:
      'Microsoft 365 Message Center MC786329: Exchange Online to retire Basic Auth for Client Submission (SMTP AUTH), with its updates',
    url: 'https://mc.merill.net/message/MC786329',
  },
  msBasicAuthDeprecation: {
    label: 'Microsoft Learn: Deprecation of Basic authentication in Exchange Online',
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online',
  },
  msOauthImapPopSmtp: {
    label: 'Microsoft Learn: Authenticate an IMAP, POP or SMTP connection using OAuth',
    url: 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
  },
  msSmtpSubmission: {
    label:
      'Microsoft Learn: Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online',
    url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  msTenantDisabled: {
    label: 'nodemailer#1484 (535 5.7.139 SmtpClientAuthentication is disabled for the Tenant)',
    url: 'https://github.com/nodemailer/nodemailer/issues/1484',
  },
  msBasicDisabled: {
    label: 'nodemailer#1714 (535 5.7.139 basic authentication is disabled)',
    url: 'https://github.com/nodemailer/nodemailer/issues/1714',
  },
  outlookModernAuth: {
    label:
      'Microsoft Support: Modern authentication methods now needed to continue syncing Outlook Email in non-Microsoft email apps',
    url: 'https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d',
  },
  outlookSettings: {
    label: 'Microsoft Support: POP, IMAP, and SMTP settings for Outlook.com',
    url: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
  },
  yahooAppPasswords: {
    label: 'Yahoo Help: Generate and manage third-party app passwords',
    url: 'https://help.yahoo.com/kb/SLN15241.html',
  },
  yahooImapSettings: {
    label: 'Yahoo Help: IMAP server settings for Yahoo Mail',
    url: 'https://help.yahoo.com/kb/SLN4075.html',
  },
  aolAppPasswords: {
    label: 'AOL Help: Create and manage app passwords',
    url: 'https://help.aol.com/articles/Create-and-manage-app-password',
  },
  aolImapSettings: {
    label: 'AOL Help: IMAP server settings for AOL Mail',
    url: 'https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail',
  },
  appleAppPasswords: {
    label: 'Apple Support: Sign in to apps with your Apple Account using app-specific passwords',
    url: 'https://support.apple.com/en-us/102654',
  },
  appleMailSettings: {
    label: 'Apple Support: iCloud Mail server settings for other email client apps',
    url: 'https://support.apple.com/en-us/102525',
  },
  fastmailAppPasswords: {
    label: 'Fastmail Help: App passwords',
    url: 'https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords',
  },
  fastmailServers: {
    label: 'Fastmail Help: Server names and ports',
    url: 'https://www.fastmail.help/hc/en-us/articles/1500000278342-Server-names-and-ports',
  },
  zohoSmtp: {
    label: 'Zoho Mail Help: SMTP server configuration',
    url: 'https://www.zoho.com/mail/help/zoho-smtp.html',
  },
  zohoAppPasswords: {
    label: 'Zoho Mail Help: Application-specific passwords (two-factor authentication)',
    url: 'https://www.zoho.com/mail/help/adminconsole/two-factor-authentication.html',
  },
  gmxImap: {
    label: 'GMX Hilfe: POP3 und IMAP aktivieren',
    url: 'https://hilfe.gmx.net/pop-imap/einschalten.html',
  },
  webdeImap: {
    label: 'WEB.DE Hilfe: POP3 und IMAP aktivieren',
    url: 'https://hilfe.web.de/pop-imap/einschalten.html',
  },
  protonBridge: {
    label: 'Proton Support: Proton Mail Bridge IMAP/SMTP settings',
    url: 'https://proton.me/support/imap-smtp-and-pop3-setup',
  },
  protonSmtpSubmission: {
    label: 'Proton Support: How to use SMTP submission (SMTP tokens)',
    url: 'https://proton.me/support/smtp-submission',
  },
  sesCredentials: {
    label: 'Amazon SES: Obtaining Amazon SES SMTP credentials',
    url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
  },
  sendgridSmtp: {
    label: 'Twilio SendGrid: Integrating with the SMTP API',
    url: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api',
  },
  mailgunSmtp: {
    label: 'Mailgun Documentation: Send via SMTP',
    url: 'https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp',
  },
  postmarkSmtp: {
    label: 'Postmark Developer: Sending email with SMTP',
    url: 'https://postmarkapp.com/developer/user-guide/send-email-with-smtp',
  },
  resendSmtp: {
    label: 'Resend Docs: Send emails with SMTP',
    url: 'https://resend.com/docs/send-with-smtp',
  },
  sesSmtpIssues: {
    label: 'Amazon SES: Amazon SES SMTP issues (troubleshooting)',
    url: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
  },
  sendgridSmtpErrors: {
    label: 'Twilio SendGrid: SMTP errors and troubleshooting',
    url: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting',
  },
  thunderbirdOAuthProviders: {
    label: 'Thunderbird source: OAuth2Providers.sys.mjs (host names with OAuth2)',
    url: 'https://searchfox.org/comm-central/source/mailnews/base/src/OAuth2Providers.sys.mjs',
  },
} as const satisfies Record<string, Source>;
