import { LOGIN_SOURCES as S } from './_sources.js';
import type { LoginPolicy } from './types.js';

/** The day these policies were recorded from the sources named (the project's research notes and the pages). */
const CHECKED = '2026-12-04';

/**
 * Said of a policy recorded from the provider's pages as the project's notes knew them, without the
 * page being re-read on the day recorded: check the page before relying on a detail.
 */
const NOT_REREAD =
  'Recorded from the provider’s pages as known, not re-read on the day recorded; check the cited page before relying on details.';

/** Google, Microsoft, Yahoo, AOL and Apple: the large mailbox providers. */
export const LARGE_PROVIDER_POLICIES: readonly LoginPolicy[] = [
  {
    id: 'google',
    name: 'Gmail (personal Google accounts)',
    kind: 'mailbox',
    hosts: [
      'smtp.gmail.com',
      'imap.gmail.com',
      'pop.gmail.com',
      'smtp.googlemail.com',
      'imap.googlemail.com',
    ],
    mxPatterns: ['gmail-smtp-in.l.google.com', '*.gmail-smtp-in.l.google.com'],
    domains: ['gmail.com', 'googlemail.com'],
    methods: [
      {
        method: 'oauth2',
        status: 'works',
        note: 'XOAUTH2 (and OAUTHBEARER) with a token for the scope https://mail.google.com/.',
        sources: [S.googleXoauth2],
      },
      {
        method: 'app-password',
        status: 'conditional',
        note: 'Needs 2-Step Verification; not available to Advanced Protection accounts. Use the 16-letter app password instead of the account password.',
        setup: S.googleAppPasswords,
        sources: [S.googleAppPasswords],
      },
      {
        method: 'password',
        status: 'refused',
        note: 'The account password is refused since "less secure apps" were removed (535-5.7.8, or 534-5.7.9 with 2-Step Verification on).',
        sources: [S.googleLessSecureApps],
      },
    ],
    timeline: [
      {
        date: '2022-05-30',
        change:
          'Personal accounts: sign-in with only a username and password ("less secure apps") is no longer allowed.',
        sources: [S.googleLessSecureApps],
      },
    ],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.googleXoauth2, S.googleAppPasswords, S.googleImapSettings],
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    kind: 'mailbox',
    hosts: ['smtp.gmail.com', 'imap.gmail.com', 'pop.gmail.com'],
    mxPatterns: ['smtp.google.com', 'aspmx.l.google.com', '*.aspmx.l.google.com', '*.aspmx.googlemail.com'],
    domains: [],
    methods: [
      {
        method: 'oauth2',
        status: 'works',
        note: 'XOAUTH2 with a token for https://mail.google.com/; the only way for IMAP, POP and SMTP with the account.',
        sources: [S.googleXoauth2, S.googleWorkspaceLsa],
      },
      {
        method: 'app-password',
        status: 'conditional',
        note: 'Only where the admin allows 2-Step Verification and app passwords.',
        setup: S.googleAppPasswords,
        sources: [S.googleAppPasswords],
        unverified:
          'That admins can still allow app passwords for IMAP/SMTP rests on third-party summaries of Google’s notice.',
      },
      {
        method: 'password',
        status: 'refused',
        note: 'Less secure apps (password sign-in) are turned off for every Workspace account.',
        sources: [S.googleWorkspaceLsa],
      },
    ],
    timeline: [
      {
        date: '2024-06-15',
        change:
          'Less secure apps can no longer be connected for the first time; the admin setting disappears.',
        sources: [S.googleWorkspaceLsa],
      },
      {
        date: '2024-09-30',
        change:
          'Less secure apps turned off for all Workspace accounts: IMAP, POP, SMTP, CalDAV and CardDAV no longer accept the password.',
        sources: [S.googleWorkspaceLsa],
        unverified:
          'Google later moved part of this date; the exact final date for IMAP was not re-read in Google’s own notice.',
      },
    ],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.googleWorkspaceLsa, S.googleXoauth2],
  },
  {
    id: 'microsoft-consumer',
    name: 'Outlook.com, Hotmail, Live (personal Microsoft accounts)',
    kind: 'mailbox',
    hosts: [
      'smtp-mail.outlook.com',
      'outlook.office365.com',
      'imap-mail.outlook.com',
      'pop-mail.outlook.com',
    ],
    mxPatterns: ['*.olc.protection.outlook.com'],
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    methods: [
      {
        method: 'oauth2',
        status: 'works',
        note: 'XOAUTH2 with a Microsoft identity platform token (IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send).',
        sources: [S.msOauthImapPopSmtp, S.outlookModernAuth],
      },
      {
        method: 'password',
        status: 'refused',
        note: 'Non-Microsoft apps must use modern authentication; password (basic) sign-in stopped syncing.',
        sources: [S.outlookModernAuth],
      },
      {
        method: 'app-password',
        status: 'conditional',
        note: 'App passwords exist for accounts with two-step verification, for apps without modern authentication.',
        sources: [S.outlookModernAuth],
        unverified:
          'Whether app passwords still work for IMAP/SMTP after the modern-auth change was not confirmed on Microsoft’s page.',
      },
    ],
    timeline: [
      {
        date: '2024-09-16',
        change:
          'Outlook.com stops accepting basic (password) authentication from non-Microsoft apps: modern auth (OAuth2) required.',
        sources: [S.outlookModernAuth],
      },
    ],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.outlookSettings, S.outlookModernAuth],
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 / Exchange Online',
    kind: 'mailbox',
    hosts: ['smtp.office365.com', 'outlook.office365.com', 'outlook.office.com'],
    mxPatterns: ['*.mail.protection.outlook.com'],
    domains: [],
    methods: [
      {
        method: 'oauth2',
        status: 'works',
        note: 'XOAUTH2 with a token for https://outlook.office.com/SMTP.Send (IMAP.AccessAsUser.All, POP.AccessAsUser.All); app-only tokens need the mailbox permission.',
        sources: [S.msOauthImapPopSmtp],
      },
      {
        method: 'password',
        status: 'retiring',
        note: 'SMTP AUTH with a password (basic auth) still works where the tenant allows SMTP AUTH; it is off by default from the end of December 2026. IMAP and POP3 refuse passwords since 2022.',
        sources: [S.msSmtpAuthRetirement, S.msBasicAuthDeprecation, S.msSmtpSubmission],
      },
    ],
    timeline: [
      {
        date: '2022-10-01',
        change:
          'Basic authentication retired for IMAP, POP3, EWS, ActiveSync and Remote PowerShell; SMTP AUTH kept.',
        sources: [S.msBasicAuthDeprecation],
      },
      {
        date: '2024-04-26',
        change:
          'Announced: basic auth for SMTP AUTH Client Submission to be removed in September 2025 (MC786329).',
        sources: [S.msSmtpAuthRetirement],
      },
      {
        date: '2025-06-12',
        change: 'Removal moved to 2026-03-01 (first rejections) through 2026-04-30 (all rejected).',
        sources: [S.msSmtpAuthRetirement],
      },
      {
        date: '2026-01-27',
        change:
          'Timeline refined: unchanged until December 2026; then disabled by default for existing tenants (admins can re-enable) and unavailable for new tenants; final removal date to be announced in the second half of 2027.',
        sources: [S.msSmtpAuthRetirement],
      },
      {
        date: '2026-12',
        change: 'SMTP AUTH basic authentication disabled by default for existing tenants.',
        announced: true,
        sources: [S.msSmtpAuthRetirement],
      },
    ],
    lastVerified: CHECKED,
    evidence: 'documented',
    sources: [S.msSmtpAuthRetirement, S.msOauthImapPopSmtp, S.msSmtpSubmission],
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail',
    kind: 'mailbox',
    hosts: ['smtp.mail.yahoo.com', 'imap.mail.yahoo.com', 'pop.mail.yahoo.com'],
    mxPatterns: [
      '*.am0.yahoodns.net',
      'mta5.am0.yahoodns.net',
      'mta6.am0.yahoodns.net',
      'mta7.am0.yahoodns.net',
    ],
    domains: ['yahoo.com', 'ymail.com', 'rocketmail.com'],
    methods: [
      {
        method: 'app-password',
        status: 'works',
        note: 'Third-party apps log in with an app password generated in the account security settings.',
        setup: S.yahooAppPasswords,
        sources: [S.yahooAppPasswords],
      },
      {
        method: 'oauth2',
        status: 'conditional',
        note: 'XOAUTH2 for apps registered with Yahoo.',
        sources: [S.thunderbirdOAuthProviders],
        unverified: 'Known from Thunderbird’s provider list, not from a Yahoo page.',
      },
      {
        method: 'password',
        status: 'refused',
        note: 'The account password is not accepted by IMAP/SMTP from third-party apps.',
        sources: [S.yahooAppPasswords],
        unverified: 'Inferred from Yahoo’s app-password page; no dated switch-off notice was found.',
      },
    ],
    timeline: [],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.yahooAppPasswords, S.yahooImapSettings],
  },
  {
    id: 'aol',
    name: 'AOL Mail',
    kind: 'mailbox',
    hosts: ['smtp.aol.com', 'imap.aol.com', 'pop.aol.com'],
    mxPatterns: ['mx-aol.mail.gm0.yahoodns.net', '*.mail.gm0.yahoodns.net'],
    domains: ['aol.com', 'aim.com'],
    methods: [
      {
        method: 'app-password',
        status: 'works',
        note: 'Third-party apps log in with an app password.',
        setup: S.aolAppPasswords,
        sources: [S.aolAppPasswords],
      },
      {
        method: 'oauth2',
        status: 'conditional',
        note: 'XOAUTH2 for registered apps.',
        sources: [S.thunderbirdOAuthProviders],
        unverified: 'Known from Thunderbird’s provider list, not from an AOL page.',
      },
    ],
    timeline: [],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.aolAppPasswords, S.aolImapSettings],
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    kind: 'mailbox',
    hosts: ['smtp.mail.me.com', 'imap.mail.me.com'],
    mxPatterns: ['*.mail.icloud.com'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    methods: [
      {
        method: 'app-password',
        status: 'works',
        note: 'An app-specific password (needs two-factor authentication); the user name is the address (or the part before @ for IMAP).',
        setup: S.appleAppPasswords,
        sources: [S.appleAppPasswords, S.appleMailSettings],
      },
      {
        method: 'password',
        status: 'refused',
        note: 'The Apple Account password is not accepted by other mail apps.',
        sources: [S.appleAppPasswords],
      },
    ],
    timeline: [],
    lastVerified: CHECKED,
    unverified: NOT_REREAD,
    evidence: 'documented',
    sources: [S.appleMailSettings, S.appleAppPasswords],
  },
];
