/*
 * How text becomes search terms, shared by the archive builder (which loads this
 * file in node:vm) and the browser, so that queries and index always agree.
 * Accents and Arabic vowel marks are folded ("declaration" finds "Déclaration");
 * Chinese, Japanese and Korean runs, written without spaces, become overlapping
 * pairs of characters.
 */
self.statementPacksProcessTerm = function (term) {
  var folded = term.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase()
  if (!folded) return null
  var cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
  if (!cjk.test(folded)) return folded
  var terms = []
  folded.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u).forEach(function (part, index) {
    if (!part) return
    if (index % 2 === 0) return terms.push(part)
    var characters = Array.from(part)
    if (characters.length === 1) return terms.push(part)
    for (var i = 0; i + 1 < characters.length; i++) terms.push(characters[i] + characters[i + 1])
  })
  return terms
}

self.statementPacksIsCjk = function (term) {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(term)
}
