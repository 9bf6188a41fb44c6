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

/** "-- ": the line a mail program puts before the sender's signature (RFC 3676). */
export function isSignatureDelimiter(raw: string): boolean {
  return /^--[ \t]?$/u.test(raw.replace(/\r$/u, ''))
}

/** "Sent from my iPhone", "Get Outlook for Android": a mail program's own line under a message. */
const sentFrom =
  /^(?:sent from my \S+(?: \S+){0,3}|sent from (?:outlook|mail|yahoo mail|gmail) for \S+|get outlook for \S+|envoy[ée] (?:de|depuis) mon \S+(?: \S+){0,2}|enviado desde mi \S+(?: \S+){0,2}|отправлено с (?:моего )?\S+(?: \S+){0,2}|发自我的\S+|从我的\S+发送)$/iu

export function isSentFromLine(line: string): boolean {
  return line.length <= 80 && sentFrom.test(line.trim())
}

/** A mail server's legal notice under a message: "CONFIDENTIALITY NOTICE: This e-mail and any attachments…". */
const disclaimerStart =
  /^(?:confidentiality notice|confidentiality|disclaimer|legal notice|this (?:e-?mail|message|communication)(?: and any (?:attachments?|files?)(?: transmitted with it)?)? (?:is|are|may|contains?|and its)|avis de confidentialit[ée]|ce (?:message|courriel)(?: et (?:toutes )?(?:les |ses )?pi[eè]ces jointes)? (?:est|sont|peut|peuvent|contient)|aviso (?:de confidencialidad|legal)|este (?:mensaje|correo)(?: electr[oó]nico)?(?: y sus (?:anexos|adjuntos))? (?:es|contiene|puede|va dirigido)|данное (?:сообщение|письмо)|это (?:сообщение|письмо) (?:и|содержит|предназначено))/iu

/** What only a legal notice says of a message ("confidential", "intended only for the addressee"). */
const legalWords = /confidential|privileged|intended (?:only|solely)|addressee|destinataire|confidencial|конфиденциальн|سري|保密/iu

export function isDisclaimerStart(line: string): boolean {
  return disclaimerStart.test(line.trim()) && legalWords.test(line)
}

/** How a covering note opens: "Dear colleagues,", "Hello,", "Estimados colegas:". */
const greeting =
  /^(?:dear|hello|hi|good (?:morning|afternoon|evening)|greetings|bonjour|bonsoir|chers?|ch[eè]res?|madame|monsieur|hola|buenos d[ií]as|buenas tardes|estimad[oa]s?|querid[oa]s?|здравствуйте|добрый (?:день|вечер)|уважаем\p{L}*|الزملاء|السادة|عزيزي|各位|您好|你好)(?![\p{L}])[^.!?]{0,50}[,:!]?$/iu
/** What a covering note says of the statement it sends: "Please find below…", "Ci-joint…", "Adjunto…". */
const sending =
  /(?:please find|find (?:below|attached|enclosed)|(?:attached|below|enclosed) (?:is|are|please find)|for (?:publication|posting|upload|your (?:information|records))|veuillez trouver|trouverez ci-(?:dessous|joint)|ci-joint|en pi[eè]ce jointe|pour (?:publication|mise en ligne)|adjunto (?:el|la|encontrar)|encontrar[aá]n? (?:adjunt|a continuaci)|para (?:su )?publicaci[oó]n|s[ií]rvase encontrar|во вложении|направляем (?:текст|заявление|выступление)|для (?:публикации|размещения)|مرفق طيه|للنشر|请查收|供发布)/iu
/** How it closes: "Best regards,", "Cordialement", "Saludos cordiales", "С уважением,". */
const valediction =
  /^(?:(?:with )?(?:best|kind|warm|warmest|many)? ?(?:regards|wishes)|regards|sincerely|yours(?: sincerely| faithfully| truly)?|cheers|thanks(?: and regards)?|many thanks|cordialement|bien (?:cordialement|[àa] vous)|meilleures salutations|salutations(?: distingu[ée]es)?|(?:un )?saludos?(?: cordiales)?|atentamente|cordialmente|с уважением|с наилучшими пожеланиями|مع (?:التحية|أطيب التحيات|خالص التحيات)|此致(?:敬礼)?|顺颂商祺)[,.!]?$/iu

export function isGreetingLine(line: string): boolean {
  return line.length <= 70 && greeting.test(line.trim())
}

export function isSendingLine(line: string): boolean {
  return sending.test(line)
}

export function isValediction(line: string): boolean {
  return line.length <= 50 && valediction.test(line.trim())
}
