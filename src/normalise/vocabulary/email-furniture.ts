/**
 * What an e-mail wraps a statement in: the header lines of a forwarded or pasted message, in the
 * six UN languages and the mail programs' own words ("-----Original Message-----").
 */
const headerField =
  /^(?:from|sent|to|cc|bcc|date|subject|reply-to|de|envoyé|à|objet|date d'envoi|asunto|enviado|para|fecha|от|отправлено|кому|копия|тема|дата|من|أرسل|إلى|الموضوع|التاريخ|发件人|发送时间|收件人|抄送|主题|日期)\s*[:：]\s*\S/iu
const forwardMarker = /^-{2,}\s*(?:original message|forwarded message|message d'origine|message transféré|mensaje original|mensaje reenviado|исходное сообщение|пересылаемое сообщение|الرسالة الأصلية|原始邮件|转发的邮件)\s*-{2,}$/iu

/** A line of an e-mail's header block ("From: …", "Subject: …", "-----Original Message-----"). */
export function isEmailHeaderLine(line: string): boolean {
  return line.length <= 300 && (forwardMarker.test(line) || headerField.test(line))
}
