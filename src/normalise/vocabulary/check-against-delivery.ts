/**
 * "Check against delivery" in the UN languages and its common variants, as
 * regular-expression sources over folded text (see `fold`).
 */
export const checkAgainstDeliveryPatterns = [
  // English
  '(?:please )?check(?:ed)? against (?:actual )?delivery',
  'to be checked against delivery',
  'check upon delivery',
  // French
  'seul (?:le )?(?:texte )?prononce fait foi',
  'seul le discours prononce fait foi',
  '(?:priere de |a )?verifier (?:au|a l\'|lors du|contre le|par rapport au) (?:prononce|discours prononce|moment du prononce|texte prononce)',
  'texte (?:a verifier|sous reserve de verification) (?:au|lors du) prononce',
  'le texte prononce fait foi',
  // Spanish
  'cotejar con (?:el )?(?:discurso |texto )?pronunciad[oa]',
  'cotejar con la intervencion',
  'solo (?:vale|es valido|tiene validez) el (?:texto|discurso) pronunciado',
  'verificar (?:contra|con) (?:el )?(?:discurso|texto) pronunciado',
  'el (?:texto|discurso) pronunciado (?:hace fe|es el que vale)',
  'comprobar con el discurso pronunciado',
  'cotejar (?:contra|con) (?:la )?lectura',
  'cotejar contra (?:el )?(?:discurso|texto) pronunciado',
  'solo se considerara valido el (?:texto|discurso) pronunciado',
  // Russian ("ё" and "й" fold to "е" and "и")
  'сверить с произнесенным текстом',
  'сверять с (?:произнесенным текстом|устным выступлением|фактически произнесенным)',
  'проверить по факту выступления',
  'проверять (?:по|с) (?:произнесенному тексту|фактическим выступлением|фактически произнесенным)',
  'текст подлежит сверке с (?:устным )?выступлением',
  'сверка с произнесенным',
  // Arabic (hamza forms and short vowels fold away)
  'يرجى (?:المراجعة|التحقق|التاكد|المقارنة) (?:عند|مقابل|مع|لدى) (?:الالقاء|النص الملقى|ما يلقى)',
  'العبرة بالالقاء',
  'يرجى مراجعة النص عند الالقاء',
  // Chinese
  '以(?:实际|现场)?(?:发言|宣读|讲话)(?:内容)?为准',
  // German
  'es gilt das gesprochene wort',
]
