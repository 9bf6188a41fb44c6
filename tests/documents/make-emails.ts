// Writes the committed test e-mails (`npx tsx tests/documents/make-emails.ts`): invented covering
// messages, with the addresses and headers a mail client writes, around statements that are either
// attached (the .docx made by make-documents.sh, two text files of the same name) or the body itself.
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

const folder = import.meta.dirname

/** base64 in 76-character lines, as MIME writes it. */
function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')
}

function headers(subject: string, contentType: string): string[] {
  return [
    'From: "Permanent Mission of Norland" <delegation@mission-norland.example>',
    'To: "Treaty Secretariat" <statements@secretariat.example>',
    'Cc: archive@secretariat.example',
    `Subject: ${subject}`,
    'Date: Tue, 25 Nov 2025 09:12:44 +0100',
    'Message-ID: <covering-1@mission-norland.example>',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ]
}

const coveringText = [
  'Dear colleagues,',
  '',
  'Please find attached the statement of our delegation for publication on the website.',
  'Do not hesitate to contact delegation@mission-norland.example with any question.',
  '',
  'Kind regards,',
  'Desk officer, Permanent Mission of Norland',
].join('\r\n')

function attachment(name: string, type: string, bytes: Uint8Array): string[] {
  return [
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(bytes),
  ]
}

function message(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`
}

const htmlStatement = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Statement of Norland</title></head>
<body>
<p><b>Statement by the Delegation of Norland</b></p>
<p>Convention on Cluster Munitions, 13th Meeting of States Parties<br>
Geneva, 16 September 2025<br>
Agenda item 7c: Clearance and risk reduction education</p>
<p>Madam President,</p>
<p>Norland thanks the coordinators for their tireless work on clearance during the past year.
Our survey teams returned 412 hectares of farmland to the villages of the northern valleys,
and every family there now knows whom to call when a submunition is found.</p>
<p>We call on every State Party to report on its clearance in time, with the figures that allow
the Convention to measure what remains to be done.</p>
<p>Thank you, Madam President.</p>
</body></html>`

const htmlStatementAsText = [
  'Statement by the Delegation of Norland',
  '',
  'Convention on Cluster Munitions, 13th Meeting of States Parties',
  'Geneva, 16 September 2025',
  'Agenda item 7c: Clearance and risk reduction education',
  '',
  'Madam President,',
  '',
  'Norland thanks the coordinators for their tireless work on clearance during the past year. Our survey teams returned 412 hectares of farmland to the villages of the northern valleys, and every family there now knows whom to call when a submunition is found.',
  '',
  'We call on every State Party to report on its clearance in time, with the figures that allow the Convention to measure what remains to be done.',
  '',
  'Thank you, Madam President.',
].join('\r\n')

await writeFile(
  join(folder, 'email-html-body.eml'),
  message([
    ...headers('Statement of Norland on clearance', 'multipart/alternative; boundary="alternative-boundary"'),
    '',
    '--alternative-boundary',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    htmlStatementAsText,
    '--alternative-boundary',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    htmlStatement.split('\n').join('\r\n'),
    '--alternative-boundary--',
  ]),
)

const statementOn = (item: string, topic: string, date: string) =>
  new TextEncoder().encode(
    [
      'Statement by the Delegation of Norland',
      'Arms Trade Treaty, 11th Conference of States Parties',
      `Geneva, ${date}`,
      `Agenda item ${item}: ${topic}`,
      '',
      'Mr. President,',
      '',
      `Norland welcomes the working paper on ${topic.toLowerCase()} and the care the facilitators gave to it. We have brought our national control list into line with the Treaty and published the first annual report of our licensing authority this spring.`,
      '',
      'We stand ready to share what we learned with every State that asks.',
      '',
      'Thank you.',
      '',
    ].join('\n'),
  )

await writeFile(
  join(folder, 'email-two-attachments.eml'),
  message([
    ...headers('Two statements of Norland', 'multipart/mixed; boundary="mixed-boundary"'),
    '',
    '--mixed-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    coveringText,
    '--mixed-boundary',
    ...attachment('Statement.txt', 'text/plain; charset=utf-8', statementOn('5', 'Treaty universalisation', '25 August 2025')),
    '--mixed-boundary',
    ...attachment('Statement.txt', 'text/plain; charset=utf-8', statementOn('6', 'Transparency and reporting', '26 August 2025')),
    '--mixed-boundary',
    'Content-Type: image/png; name="logo.png"',
    'Content-Disposition: inline; filename="logo.png"',
    'Content-ID: <logo@mission-norland.example>',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    '--mixed-boundary--',
  ]),
)

const docx = await readFile(join(folder, 'en-two-page-statement.docx'))
await writeFile(
  join(folder, 'email-with-docx.eml'),
  message([
    ...headers('Statement of Norland for publication', 'multipart/mixed; boundary="mixed-boundary"'),
    '',
    '--mixed-boundary',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    coveringText,
    '--mixed-boundary',
    ...attachment('Statement 9b.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx),
    '--mixed-boundary--',
  ]),
)

// A statement pasted into the message itself: a covering note above it, the sender's signature,
// "Sent from my iPhone" and the mail server's notice below, quoted-printable as mail programs send it.
const pastedStatement = [
  'Dear colleagues,',
  '',
  'Please find below the statement of Chile for publication on the website.',
  '',
  'Best regards,',
  'Ana',
  '',
  'Intervención de la República de Chile',
  'Decimotercera Reunión de los Estados Partes de la Convención sobre Municiones en Racimo',
  'Ginebra, 15 de septiembre de 2025',
  'Tema 7 c) de la agenda: Limpieza y educación sobre reducción de riesgos',
  '',
  'Señor Presidente:',
  '',
  'Chile agradece a los coordinadores su informe y reafirma su compromiso con la limpieza de las zonas',
  'contaminadas antes de los plazos del artículo 4.',
  '',
  'Muchas gracias.',
  '',
  '-- ',
  'Ana Pérez',
  'Secretary | Permanent Mission of Chile',
  'Tel: +41 22 555 01 23',
  '',
  'Sent from my iPhone',
  '',
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee.',
].join('\r\n')

/** Quoted-printable (RFC 2045): bytes beyond ASCII, "=" and a line's last space as =XX, lines cut at 76 with a soft break. */
function quotedPrintable(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      const bytes = [...Buffer.from(line, 'utf8')]
      // A space at the end of a line would be lost in transport: "-- " is sent as "--=20".
      const escaped = (byte: number, index: number) => byte === 0x3d || byte > 0x7e || (byte === 0x20 && index === bytes.length - 1)
      const encoded = bytes.map((byte, index) => (escaped(byte, index) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('')
      const pieces = encoded.match(/.{1,73}(?:=[0-9A-F]{2})?/g) ?? ['']
      return pieces.join('=\r\n')
    })
    .join('\r\n')
}

await writeFile(
  join(folder, 'email-text-body.eml'),
  message([...headers('Statement of Chile - agenda item 7(c)', 'text/plain; charset=utf-8'), 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(pastedStatement)]),
)
