/**
 * The documents one term occurs in (in one field), with how often, as the index is built: pairs
 * of (document id, term frequency) added in increasing id order. Each pair is kept as two
 * variable-length numbers, the id as its distance from the previous one: about 3 bytes a pair
 * instead of the 20 of a growing array of numbers, so that the index of 50,000 statements fits.
 */
export class PostingList {
  #bytes = new Uint8Array(4)
  #length = 0
  #lastId = 0

  add(documentId: number, frequency: number): void {
    // Ten bytes hold any two numbers below 2^35.
    if (this.#length + 10 > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + 10))
      grown.set(this.#bytes.subarray(0, this.#length))
      this.#bytes = grown
    }
    this.#write(documentId - this.#lastId)
    this.#write(frequency)
    this.#lastId = documentId
  }

  /** Each pair in the order added. */
  *pairs(): Generator<[documentId: number, frequency: number]> {
    let offset = 0
    let documentId = 0
    const read = () => {
      let value = 0
      let scale = 1
      let byte: number
      do {
        byte = this.#bytes[offset++]!
        value += (byte & 0x7f) * scale
        scale *= 128
      } while (byte >= 0x80)
      return value
    }
    while (offset < this.#length) {
      documentId += read()
      yield [documentId, read()]
    }
  }

  #write(value: number): void {
    while (value >= 0x80) {
      this.#bytes[this.#length++] = (value % 128) | 0x80
      value = Math.floor(value / 128)
    }
    this.#bytes[this.#length++] = value
  }
}
