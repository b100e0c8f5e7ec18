import type { Source } from '../types.js';

/**
 * Sources that are not RFC sections or IANA registry rows, cited from several data files. Labels
 * say what the page is; where a page only quotes the primary source, the label says so.
 */
export const SOURCES = {
  sesSmtp: {
    label: 'Amazon SES: Connecting to an Amazon SES SMTP endpoint',
    url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html',
  },
  sendgridSmtp: {
    label: 'Twilio SendGrid: Integrating with the SMTP API (SMTP ports)',
    url: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api',
  },
  resendSmtp: {
    label: 'Resend changelog: SMTP Service (ports 465/2465 and 25/587/2587)',
    url: 'https://resend.com/changelog/smtp-service',
  },
  gcpSendingMail: {
    label: 'Google Cloud: Sending email from an instance',
    url: 'https://cloud.google.com/compute/docs/tutorials/sending-mail',
  },
  wikipediaSmtpPorts: {
    label: 'Wikipedia: Simple Mail Transfer Protocol, "Ports"',
    url: 'https://en.wikipedia.org/wiki/Simple_Mail_Transfer_Protocol#Ports',
  },
  smtpsHistory: {
    label:
      'Shivering Isles: "smtps is dead, long live submissions" (2020; smtps registered 1997, revoked 1998)',
    url: 'https://shivering-isles.com/til/2020/07/smtps-is-dead-long-live-submissions',
  },
  rfc8314SectionQuoted: {
    label: 'Mail-in-a-Box forum: RFC 8314 §7.3 quoted in full',
    url: 'https://discourse.mailinabox.email/t/occasional-downtime-connection-refused-on-465/10795/6',
  },
  taoOfIetf: {
    label: 'RFC 1539, The Tao of IETF, "Humble Beginnings" (first IETF meeting, January 1986)',
    url: 'https://www.rfc-editor.org/rfc/rfc1539',
  },
  noStarttls: {
    label: 'Poddebniak et al., "Why TLS is better without STARTTLS" (USENIX Security 2021)',
    url: 'https://nostarttls.secvuln.info/',
  },
  mmitechBlocks: {
    label: 'mmitech.info KB: Restricted services (blocks 25, 26, 465, 587 and 2525)',
    url: 'https://mmitech.info/index.php?rp=%2Fknowledgebase%2F9%2FRestricted-Services-on-Our-Platform-Ensuring-Security-and-Integrity.html',
  },
  ietfJournal100: {
    label: 'IETF Journal: "Celebrating 100 Meetings" (2017; IMAP defined in 1986)',
    url: 'https://www.ietfjournal.org/celebrating-100-meetings/',
  },
} as const satisfies Record<string, Source>;
