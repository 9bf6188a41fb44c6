/*
 * The archive's search page. Works from file:// and any static host: every
 * piece of the index is a script file that assigns into self.statementPacksData
 * (the browser blocks fetch() from file://). Only what a query needs is loaded:
 * the filter index once, then the term shards covering the query's words, the
 * result metadata for the results shown, and each shown statement's text for
 * its passage. Statement text is only ever inserted as text, never as HTML.
 * Its words come from the page (the status line's data- attributes), in the
 * site's language.
 */
;(function () {
  'use strict'
  var data = (self.statementPacksData = self.statementPacksData || {})
  var form = document.getElementById('search-form')
  var statusLine = document.getElementById('search-status')
  var list = document.getElementById('search-results')
  var more = document.getElementById('search-more')
  if (!form || !statusLine || !list || !more) return
  var root = form.getAttribute('data-root') || ''
  var processTerm = self.statementPacksProcessTerm
  var isCjk = self.statementPacksIsCjk
  var pageSize = 20
  var loading = {}
  var index = null
  var loadedShards = {}
  var loadedEntries = []
  var engine = null
  var engineShardCount = -1
  var current = {results: [], shown: 0, terms: []}
  var generation = 0
  var pluralRules = new Intl.PluralRules(document.documentElement.lang || 'en')

  /** The status line's message `name` with its `{placeholders}` filled in. */
  function message(name, values) {
    var text = statusLine.getAttribute('data-' + name) || ''
    return text.replace(/\{(\w+)\}/g, function (placeholder, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : placeholder
    })
  }

  /** A message with a form per plural category (`data-<name>-one`, `-other`…), for `count`. */
  function countMessage(name, count, values) {
    var category = pluralRules.select(count)
    var form = statusLine.hasAttribute('data-' + name + '-' + category) ? name + '-' + category : name + '-other'
    return message(form, Object.assign({count: count}, values))
  }

  function load(name, src) {
    if (data[name]) return Promise.resolve(data[name])
    if (loading[name]) return loading[name]
    loading[name] = new Promise(function (resolve, reject) {
      var script = document.createElement('script')
      script.src = root + src
      script.onload = function () {
        if (data[name] !== undefined) resolve(data[name])
        else reject(new Error('The search file ' + src + ' did not define ' + name))
      }
      script.onerror = function () {
        delete loading[name]
        reject(new Error('Could not load ' + src))
      }
      document.head.appendChild(script)
    })
    return loading[name]
  }

  function allowsPrefix(term) {
    return term.length >= 3 || isCjk(term)
  }

  /** Shards whose term range can hold `term` (and, for prefix search, every term starting with it). */
  function shardsFor(term) {
    var starts = index.shardStarts
    var low = 0
    var high = starts.length - 1
    var found = 0
    while (low <= high) {
      var middle = (low + high) >> 1
      if (starts[middle] <= term) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    var shards = [found]
    if (allowsPrefix(term)) {
      for (var next = found + 1; next < starts.length && starts[next].indexOf(term) === 0; next++) shards.push(next)
    }
    return shards
  }

  function queryTerms(query) {
    var tokens = MiniSearch.getDefault('tokenize')(query)
    var terms = []
    tokens.forEach(function (token) {
      var processed = processTerm(token)
      if (!processed) return
      terms = terms.concat(processed)
    })
    return terms
  }

  function ensureEngine(terms) {
    var needed = {}
    terms.forEach(function (term) {
      shardsFor(term).forEach(function (shard) {
        needed[shard] = true
      })
    })
    var loads = Object.keys(needed).map(function (shard) {
      if (loadedShards[shard]) return null
      return load('terms-' + shard, 'search/terms-' + shard + '.js').then(function (entries) {
        if (loadedShards[shard]) return
        loadedShards[shard] = true
        loadedEntries = loadedEntries.concat(entries)
      })
    })
    loads.push(load('scores', 'search/scores.js'))
    return Promise.all(loads).then(function () {
      var scores = data.scores
      var count = Object.keys(loadedShards).length
      if (engine && engineShardCount === count) return engine
      var documentIds = {}
      var fieldLength = {}
      var fieldIds = {}
      for (var id = 0; id < index.documentCount; id++) {
        documentIds[id] = id
        fieldLength[id] = scores.fieldLength[id]
      }
      index.fields.forEach(function (field, position) {
        fieldIds[field] = position
      })
      engine = MiniSearch.loadJS(
        {
          documentCount: index.documentCount,
          nextId: index.documentCount,
          documentIds: documentIds,
          fieldIds: fieldIds,
          fieldLength: fieldLength,
          averageFieldLength: scores.averageFieldLength,
          storedFields: {},
          dirtCount: 0,
          index: loadedEntries,
          serializationVersion: 2,
        },
        {fields: index.fields, processTerm: processTerm},
      )
      engineShardCount = count
      return engine
    })
  }

  function selected(name) {
    var field = form.elements[name]
    return field && field.value ? field.value : ''
  }

  /** Whether statement `id` passes the chosen filters (`columns`: search/filters.js, loaded with the first filter). */
  function filterFor(columns) {
    var facets = index.facets
    var position = function (list, value) {
      var at = list.indexOf(value)
      return at === -1 ? -2 : at
    }
    var meeting = selected('meeting') ? position(facets.meetings, selected('meeting')) : -1
    var agenda = selected('agenda') ? position(facets.agendaItems, selected('agenda')) : -1
    var organisation = selected('organisation') ? position(facets.organisations, selected('organisation')) : -1
    var language = selected('language') ? position(facets.languages, selected('language')) : -1
    return function (id) {
      if (!columns) return true
      if (meeting !== -1 && columns.meeting[id] !== meeting) return false
      if (agenda !== -1 && columns.agendaItem[id] !== agenda) return false
      if (organisation !== -1 && columns.organisations[id].indexOf(organisation) === -1) return false
      if (language !== -1 && columns.language[id] !== language) return false
      return true
    }
  }

  function hasFilter() {
    return Boolean(selected('meeting') || selected('agenda') || selected('organisation') || selected('language'))
  }

  function run() {
    var thisRun = ++generation
    var query = form.elements.q.value.trim()
    remember(query)
    list.textContent = ''
    more.hidden = true
    if (!query && !hasFilter()) {
      current = {results: [], shown: 0, terms: []}
      statusLine.textContent = message('prompt')
      return Promise.resolve()
    }
    statusLine.textContent = message('searching')
    var terms = queryTerms(query)
    var search = (hasFilter() ? load('filters', 'search/filters.js') : Promise.resolve(null)).then(function (columns) {
      var accept = filterFor(columns)
      return query && terms.length
        ? ensureEngine(terms).then(function (engine) {
            return engine.search(query, {
              prefix: allowsPrefix,
              fuzzy: function (term) {
                return term.length >= 6 && !isCjk(term) ? 0.2 : false
              },
              combineWith: 'AND',
              boost: {title: 3, organisations: 2, speaker: 2},
              filter: function (result) {
                return accept(result.id)
              },
            })
          })
        : Array.from({length: index.documentCount}, function (_, id) {
            return {id: id, terms: []}
          }).filter(function (result) {
            return accept(result.id)
          })
    })
    return search
      .then(function (results) {
        // A newer search started while this one loaded its shards: its results win.
        if (thisRun !== generation) return
        current = {results: results, shown: 0, terms: terms}
        statusLine.textContent = query ? countMessage('matches-query', results.length, {query: query}) : countMessage('matches-filters', results.length)
        return showMore()
      })
      .catch(function (error) {
        statusLine.textContent = message('failed', {error: error.message})
      })
  }

  function showMore() {
    var thisRun = generation
    var batch = current.results.slice(current.shown, current.shown + pageSize)
    current.shown += batch.length
    more.hidden = current.shown >= current.results.length
    return Promise.all(
      batch.map(function (result) {
        var item = document.createElement('li')
        item.className = 'result'
        list.appendChild(item)
        var chunk = Math.floor(result.id / index.docsPerChunk)
        return load('docs-' + chunk, 'search/docs-' + chunk + '.js').then(function (docs) {
          if (thisRun !== generation) return
          var doc = docs[result.id - chunk * index.docsPerChunk]
          renderResult(item, doc)
          return load('text:' + result.id, doc[1].replace(/index\.html$/, 'search-text.js')).then(function (text) {
            var passage = document.createElement('p')
            passage.className = 'passage'
            passage.setAttribute('dir', 'auto')
            if (doc[6]) passage.setAttribute('lang', doc[6])
            writePassage(passage, text, result.terms.length ? result.terms : current.terms)
            item.appendChild(passage)
          })
        })
      }),
    ).then(function () {
      if (thisRun === generation) list.setAttribute('data-shown', String(current.shown))
    })
  }

  function renderResult(item, doc) {
    var heading = document.createElement('h2')
    var link = document.createElement('a')
    link.href = root + doc[1]
    link.textContent = doc[0]
    if (doc[6]) link.setAttribute('lang', doc[6])
    link.setAttribute('dir', 'auto')
    heading.appendChild(link)
    var meta = document.createElement('p')
    meta.className = 'result-meta'
    meta.textContent = [doc[4], doc[2], doc[3], doc[5]].filter(Boolean).join(' · ')
    item.appendChild(heading)
    item.appendChild(meta)
  }

  var wordPattern = /[^\n\r\p{Z}\p{P}]+/gu

  /** The passage around the first word that matches the query, matched words in <mark>. */
  function writePassage(target, text, terms) {
    var matchedTerm = function (word) {
      var processed = processTerm(word)
      if (!processed) return null
      var wordTerms = [].concat(processed)
      for (var t = 0; t < terms.length; t++) {
        for (var w = 0; w < wordTerms.length; w++) {
          if (wordTerms[w] === terms[t] || (allowsPrefix(terms[t]) && wordTerms[w].indexOf(terms[t]) === 0)) return terms[t]
        }
      }
      return null
    }
    var matches = function (word) {
      return matchedTerm(word) !== null
    }
    // The paragraph that matches the most of the query's terms, from its first match.
    var lines = text.split('\n')
    var line = lines[0] || ''
    var at = -1
    var best = 0
    for (var i = 0; i < lines.length && terms.length; i++) {
      var pattern = new RegExp(wordPattern.source, 'gu')
      var match
      var first = -1
      var found = {}
      while ((match = pattern.exec(lines[i]))) {
        var hit = matchedTerm(match[0])
        if (hit === null) continue
        if (first === -1) first = match.index
        found[hit] = true
      }
      var score = Object.keys(found).length
      if (score > best) {
        best = score
        line = lines[i]
        at = first
      }
    }
    var start = at > 90 ? line.indexOf(' ', at - 90) + 1 || at - 90 : 0
    var end = Math.min(line.length, start + 260)
    if (end < line.length && line.lastIndexOf(' ', end) > Math.max(start, at)) end = line.lastIndexOf(' ', end)
    var excerpt = line.slice(start, end)
    if (start > 0) target.appendChild(document.createTextNode('… '))
    var last = 0
    var words = new RegExp(wordPattern.source, 'gu')
    var word
    while (terms.length && (word = words.exec(excerpt))) {
      if (!matches(word[0])) continue
      target.appendChild(document.createTextNode(excerpt.slice(last, word.index)))
      var mark = document.createElement('mark')
      mark.textContent = word[0]
      target.appendChild(mark)
      last = word.index + word[0].length
    }
    target.appendChild(document.createTextNode(excerpt.slice(last)))
    if (end < line.length) target.appendChild(document.createTextNode(' …'))
  }

  function remember(query) {
    var params = new URLSearchParams()
    if (query) params.set('q', query)
    ;['meeting', 'agenda', 'organisation', 'language'].forEach(function (name) {
      if (selected(name)) params.set(name, selected(name))
    })
    var search = params.toString()
    try {
      history.replaceState(null, '', search ? '?' + search : location.pathname)
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the search works all the same.
    }
  }

  load('index', 'search/index.js')
    .then(function (loaded) {
      index = loaded
      var params = new URLSearchParams(location.search)
      form.elements.q.value = params.get('q') || ''
      ;['meeting', 'agenda', 'organisation', 'language'].forEach(function (name) {
        var select = form.elements[name]
        if (select && params.get(name)) select.value = params.get(name)
      })
      form.addEventListener('submit', function (event) {
        event.preventDefault()
        run()
      })
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
        select.addEventListener('change', run)
      })
      more.addEventListener('click', showMore)
      return run()
    })
    .then(function () {
      form.setAttribute('data-ready', 'true')
    })
    .catch(function (error) {
      statusLine.textContent = message('index-failed', {error: error.message})
    })
})()
