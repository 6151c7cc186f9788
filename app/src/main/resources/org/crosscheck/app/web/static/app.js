/*
 * crosscheck web UI: plain JavaScript, no build step, no libraries.
 * Every piece of article text reaches the page through textContent (el() below turns strings
 * into text nodes); nothing from the collection is ever parsed as HTML. The same file runs in
 * the server (fetching /api/...) and in the self-contained report (reading its embedded JSON).
 */
(function () {
  'use strict';

  var dataEl = document.getElementById('crosscheck-data');
  var REPORT = dataEl ? JSON.parse(dataEl.textContent) : null;
  var SVGNS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ data

  function key(path, params) {
    var names = Object.keys(params || {}).filter(function (k) {
      return params[k] !== undefined && params[k] !== null && params[k] !== '';
    }).sort();
    if (!names.length) return path;
    return path + '?' + names.map(function (k) { return k + '=' + params[k]; }).join('&');
  }

  function api(path, params) {
    params = params || {};
    if (REPORT) {
      var k = key(path, params);
      if (Object.prototype.hasOwnProperty.call(REPORT, k)) return Promise.resolve(REPORT[k]);
      return Promise.reject(new Error('This page is not part of the report. Run "crosscheck serve" on the collection to browse everything.'));
    }
    var qs = new URLSearchParams();
    Object.keys(params).sort().forEach(function (k) {
      if (params[k] !== undefined && params[k] !== null && params[k] !== '') qs.append(k, params[k]);
    });
    var url = path + (qs.toString() ? '?' + qs.toString() : '');
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (!res.ok) throw new Error(body && body.error ? body.error.message : res.status + ' ' + res.statusText);
        return body;
      });
    });
  }

  // ------------------------------------------------------------------ DOM helpers (text only)

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      // strings and numbers, and any other value a layer may send (shown as its text, never as markup)
      parent.appendChild(document.createTextNode(textOf(child)));
    }
  }

  /** The readable text of a value from the API: a string as it is, an object by its name, value or text. */
  function textOf(v) {
    if (v === null || v === undefined) return '';
    if (typeof v !== 'object') return String(v);
    if (Array.isArray(v)) return v.map(textOf).filter(Boolean).join(', ');
    if (v.name !== undefined && v.name !== null) return String(v.name);
    if (v.value !== undefined && v.value !== null) return String(v.value);
    if (v.text !== undefined && v.text !== null) return String(v.text);
    return JSON.stringify(v);
  }

  function setAttrs(e, attrs) {
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'style') return; // no inline styles (Content-Security-Policy)
      if (k.indexOf('on') === 0 && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    });
  }

  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function link(hash, text, cls) {
    return el('a', { href: '#' + hash, 'class': cls }, text);
  }

  /** An outside link, only for http(s) addresses. */
  function outLink(url, text) {
    if (!url || !/^https?:\/\//i.test(url)) return text ? el('span', null, text) : null;
    return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', 'class': 'out' }, text || url);
  }

  function enc(s) { return encodeURIComponent(s); }

  function clip(s, n) {
    s = String(s || '').replace(/\s+/g, ' ').trim();
    return s.length <= n ? s : s.slice(0, n - 1) + '\u2026';
  }

  function notice(text) { return el('p', { 'class': 'notice' }, text); }

  function section(title, id) {
    var s = el('section', { id: id, 'class': 'block' });
    s.appendChild(el('h2', null, title));
    for (var i = 2; i < arguments.length; i++) append(s, arguments[i]);
    return s;
  }

  function range(a, b) {
    if (!a) return 'undated';
    return a === b || !b ? a : a + ' \u2013 ' + b;
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

  // ------------------------------------------------------------------ layout and routing

  var root = document.getElementById('app');

  function shell() {
    var nav = el('nav', { 'class': 'top' },
      el('a', { href: '#/', 'class': 'brand' }, 'crosscheck'),
      link('/', 'Stories'),
      link('/entities', 'People & organisations'),
      REPORT ? el('span', { 'class': 'muted' }, 'report') : link('/search', 'Search'));
    var main = el('main', { id: 'main' });
    root.textContent = '';
    root.appendChild(nav);
    root.appendChild(main);
    if (REPORT && REPORT.report) {
      root.appendChild(el('footer', null, REPORT.report.note + ' Generated ' + REPORT.report.generated + '.'));
    }
    return main;
  }

  function parseHash() {
    var h = location.hash.replace(/^#/, '') || '/';
    var q = '';
    var i = h.indexOf('?');
    if (i >= 0) { q = h.slice(i + 1); h = h.slice(0, i); }
    var params = {};
    new URLSearchParams(q).forEach(function (v, k) { params[k] = v; });
    var parts = h.split('/').filter(Boolean).map(decodeURIComponent);
    return { parts: parts, params: params };
  }

  var renderCount = 0;

  function render() {
    var main = shell();
    var r = parseHash();
    var n = ++renderCount;
    main.appendChild(el('p', { 'class': 'loading' }, 'Loading\u2026'));
    var view;
    if (r.parts.length === 0) view = home();
    else if (r.parts[0] === 'story' && r.parts[1]) view = storyPage(r.parts[1]);
    else if (r.parts[0] === 'entity' && r.parts[1]) view = entityPage(r.parts[1]);
    else if (r.parts[0] === 'article' && r.parts[1]) view = articlePage(r.parts[1]);
    else if (r.parts[0] === 'entities') view = entitiesPage(r.params);
    else if (r.parts[0] === 'search') view = searchPage(r.params);
    else view = Promise.reject(new Error('No such page: ' + location.hash));
    view.then(function (content) {
      if (n !== renderCount) return;
      main.textContent = '';
      append(main, content);
      document.body.setAttribute('data-ready', String(n));
    }).catch(function (e) {
      if (n !== renderCount) return;
      main.textContent = '';
      main.appendChild(el('p', { 'class': 'error' }, e.message || String(e)));
      document.body.setAttribute('data-ready', String(n));
    });
  }

  window.addEventListener('hashchange', render);

  // ------------------------------------------------------------------ story list

  function home() {
    return api('/api/stories', { limit: REPORT ? 200 : 200 }).then(function (page) {
      var out = [el('h1', null, 'Stories')];
      if (!page.items.length) {
        out.push(notice(page.note || 'No stories yet.'));
        return api('/api/articles', { limit: 50 }).then(function (arts) {
          if (arts.items.length) out.push(section('Latest articles', 'latest', articleList(arts.items)));
          return out;
        });
      }
      out.push(el('p', { 'class': 'muted' }, plural(page.total, 'story', 'stories') + ', newest first, from ' + plural(page.articles, 'article') + '.'));
      var list = el('ol', { 'class': 'stories', id: 'story-list' });
      page.items.forEach(function (s) {
        list.appendChild(el('li', { 'class': 'story', 'data-story': s.id },
          link('/story/' + enc(s.id), s.label || s.id, 'story-link'),
          el('div', { 'class': 'meta' },
            el('span', { 'class': 'dates' }, range(s.first_date, s.last_date)),
            el('span', null, plural(s.outlet_count, 'outlet')),
            el('span', null, plural(s.article_count, 'article'))),
          el('div', { 'class': 'chips' }, (s.outlets || []).map(function (o) { return el('span', { 'class': 'chip' }, o); }))));
      });
      out.push(list);
      if (page.total > page.items.length) out.push(notice('Showing the newest ' + page.items.length + ' of ' + page.total + ' stories.'));
      return out;
    });
  }

  function articleList(items) {
    return el('ul', { 'class': 'articles' }, items.map(function (a) {
      return el('li', null,
        el('span', { 'class': 'date' }, a.published || 'undated'), ' ',
        el('span', { 'class': 'outlet' }, a.outlet || 'unknown outlet'), ' ',
        link('/article/' + enc(a.id), a.title || a.id));
    }));
  }

  // ------------------------------------------------------------------ story page

  function storyPage(id) {
    return api('/api/stories/' + enc(id)).then(function (s) {
      var out = [];
      out.push(el('h1', null, s.label || s.id));
      out.push(el('p', { 'class': 'meta' }, range(s.first_date, s.last_date) + ' \u00b7 ' +
        plural(s.outlet_count, 'outlet') + ' \u00b7 ' + plural(s.article_count, 'article'),
        REPORT ? null : [' \u00b7 ', link('/search?story=' + enc(s.id), 'search this story')]));
      out.push(section('Coverage timeline', 'timeline', timeline(s)));
      out.push(section('Claims \u00d7 outlets', 'matrix', matrix(s)));
      out.push(section('Who said what', 'utterances', utterances(s.utterances, 'No statement of this story is reported by more than one article (or the quotes layer found none).')));
      out.push(section('Events', 'events', events(s.events)));
      out.push(section('People and organisations', 'entities', entityChips(s.entities)));
      out.push(section('Articles', 'articles', articleList(s.articles)));
      return out;
    });
  }

  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }

  function isoOf(d) {
    return new Date(d * 86400000).toISOString().slice(0, 10);
  }

  /** Articles as dots on a time axis, one row per outlet; undated articles in their own column. */
  function timeline(s) {
    var outlets = s.outlets || [];
    if (!s.articles.length) return notice('No articles.');
    var dated = s.articles.filter(function (a) { return day(a.published) !== null; });
    var undated = s.articles.length - dated.length;
    var days = dated.map(function (a) { return day(a.published); });
    var lo = days.length ? Math.min.apply(null, days) : 0;
    var hi = days.length ? Math.max.apply(null, days) : 0;
    if (hi === lo) { lo -= 1; hi += 1; }
    var labelW = 170, rowH = 34, top = 20, plotW = dated.length ? 560 : 0, undW = undated ? (dated.length ? 90 : 300) : 0;
    var width = labelW + plotW + undW + 30, height = top + rowH * outlets.length + 40;
    var g = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, 'class': 'timeline', role: 'img',
      'aria-label': 'Timeline of the story\u2019s articles by outlet' });
    function x(d) { return labelW + 10 + (d - lo) / (hi - lo) * (plotW - 20); }
    outlets.forEach(function (o, i) {
      var y = top + i * rowH + rowH / 2;
      g.appendChild(svg('text', { x: labelW - 8, y: y + 4, 'text-anchor': 'end', 'class': 'label' }, clip(o, 24)));
      g.appendChild(svg('line', { x1: labelW, x2: labelW + plotW + undW, y1: y, y2: y, 'class': 'rule' }));
    });
    var axisY = top + rowH * outlets.length + 8;
    if (dated.length) {
      g.appendChild(svg('line', { x1: labelW, x2: labelW + plotW, y1: axisY, y2: axisY, 'class': 'axis' }));
      var ticks = Math.min(6, Math.max(2, hi - lo));
      for (var t = 0; t <= ticks; t++) {
        var d = Math.round(lo + (hi - lo) * t / ticks);
        g.appendChild(svg('text', { x: x(d), y: axisY + 16, 'text-anchor': 'middle', 'class': 'tick' }, isoOf(d)));
      }
    }
    if (undated) {
      g.appendChild(svg('text', { x: labelW + plotW + undW / 2, y: axisY + 16, 'text-anchor': 'middle', 'class': 'tick' },
        dated.length ? 'undated' : 'no publication dates'));
    }
    var stack = {};
    s.articles.forEach(function (a) {
      var row = outlets.indexOf(a.outlet_label || a.outlet);
      if (row < 0) row = 0;
      var d = day(a.published);
      var cx = d === null ? labelW + plotW + undW / 2 : x(d);
      var k = row + ':' + Math.round(cx);
      stack[k] = (stack[k] || 0) + 1;
      var cy = top + row * rowH + rowH / 2;
      var dot = svg('a', { href: '#/article/' + enc(a.id), 'class': 'dot-link', 'data-article': a.id },
        svg('circle', { cx: cx + (stack[k] - 1) * 16, cy: cy, r: 7, 'class': 'dot' + (a.reprint_group ? ' reprint' : '') }),
        svg('title', null, (a.published || 'undated') + ' \u00b7 ' + (a.outlet_label || '') + ' \u00b7 ' + (a.title || a.id)));
      g.appendChild(dot);
    });
    return [g, el('p', { 'class': 'legend' }, 'Each dot is an article; hollow dots are near-copies (reprints) of another article.')];
  }

  var STATE_TEXT = { asserted: 'asserted', disputed: 'disputed', contested: 'asserted and disputed', reported: 'reported', absent: 'absent' };

  /** The claims x outlets matrix: a coloured cell per claim and outlet. */
  function matrix(s) {
    var rows = (s.matrix && s.matrix.rows) || [];
    var outlets = (s.matrix && s.matrix.outlets) || [];
    if (!rows.length) return notice('No claims were found for this story (the claims layer is empty for it).');
    var longest = outlets.reduce(function (m, o) { return Math.max(m, Math.min(22, String(o).length)); }, 1);
    var labelW = 330, cell = 34, headH = 24 + Math.round(longest * 5.2), gap = 4;
    var width = labelW + outlets.length * (cell + gap) + 110;
    var height = headH + rows.length * (cell + gap) + 10;
    var g = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, 'class': 'matrix', role: 'img',
      'aria-label': 'Which outlets assert, dispute or report each claim', id: 'claims-matrix' });
    outlets.forEach(function (o, j) {
      var cx = labelW + j * (cell + gap) + cell / 2;
      g.appendChild(svg('text', { x: cx, y: headH - 8, transform: 'rotate(-40 ' + cx + ' ' + (headH - 8) + ')', 'class': 'label' }, clip(o, 22)));
    });
    rows.forEach(function (r, i) {
      var y = headH + i * (cell + gap);
      g.appendChild(svg('text', { x: labelW - 10, y: y + cell / 2 + 4, 'text-anchor': 'end', 'class': 'label claim-label' },
        (i + 1) + '. ' + clip(r.proposition || r.claim, 44), svg('title', null, r.proposition || r.claim)));
      outlets.forEach(function (o, j) {
        var c = (r.cells && r.cells[o]) || { state: 'absent' };
        var state = STATE_TEXT[c.state] ? c.state : 'reported';
        var tip = o + ': ' + STATE_TEXT[state];
        (c.reports || []).forEach(function (rep) {
          if (rep.text) tip += '\n\u201c' + clip(rep.text, 140) + '\u201d';
          if (rep.holder) tip += ' (' + rep.holder + ')';
        });
        g.appendChild(svg('rect', { x: labelW + j * (cell + gap), y: y, width: cell, height: cell, rx: 4,
          'class': 'cell cell-' + state, 'data-state': state, 'data-claim': r.claim, 'data-outlet': o },
        svg('title', null, tip)));
      });
    });
    var legend = el('p', { 'class': 'legend' }, ['asserted', 'disputed', 'contested', 'reported', 'absent'].map(function (st) {
      return el('span', { 'class': 'key' }, el('span', { 'class': 'swatch swatch-' + st }), ' ' + STATE_TEXT[st] + ' ');
    }), s.matrix.source ? el('span', { 'class': 'muted' }, ' \u00b7 ' + s.matrix.source) : null);
    var full = el('details', { 'class': 'claims-full' }, el('summary', null, 'The claims in full (' + rows.length + ')'),
      el('ol', null, rows.map(function (r) {
        var states = outlets.map(function (o) {
          var c = (r.cells && r.cells[o]) || { state: 'absent' };
          return c.state === 'absent' ? null : o + ': ' + (STATE_TEXT[c.state] || c.state);
        }).filter(Boolean).join('; ');
        return el('li', null, r.proposition || r.claim, states ? el('div', { 'class': 'muted' }, states) : null);
      })));
    return [el('div', { 'class': 'scroll' }, g), legend, full];
  }

  function utterances(list, empty) {
    if (!list || !list.length) return notice(empty);
    return list.map(function (u) {
      var speaker = u.speaker_name || (u.speaker ? u.speaker : 'unnamed speaker');
      var versions = (u.versions || []).map(function (v) {
        return el('figure', { 'class': 'version' },
          el('blockquote', null, v.text || '(quote text unavailable)'),
          el('figcaption', null,
            el('span', { 'class': 'outlet' }, v.outlet || ''), ' ',
            el('span', { 'class': 'date' }, v.published || ''), ' ',
            v.kind ? el('span', { 'class': 'kind' }, v.kind.toLowerCase()) : null, ' ',
            v.article ? link('/article/' + enc(v.article), 'article') : null));
      });
      return el('div', { 'class': 'utterance', 'data-utterance': u.id },
        el('h3', null, u.speaker ? link('/entity/' + enc(u.speaker), speaker) : speaker,
          el('span', { 'class': 'muted' }, ' \u00b7 ' + plural(versions.length, 'version'))),
        el('div', { 'class': 'versions' }, versions));
    });
  }

  function events(list) {
    if (!list || !list.length) return notice('No events were found in this story\u2019s articles (the events layer is empty for it).');
    return el('ul', { 'class': 'events' }, list.map(function (e) {
      // a story-level event carries its date, place and participants as objects with their evidence;
      // an article's event may carry them as plain strings
      var date = e.date && typeof e.date === 'object' ? e.date : { value: e.date };
      var dateText = date.value ? String(date.value)
        : date.candidates && date.candidates.length ? 'one of ' + date.candidates.join(', ') : 'date unknown';
      var dateEvidence = e.date_evidence || date.evidence;
      if (Array.isArray(dateEvidence)) dateEvidence = dateEvidence.map(textOf).join('; ');
      var place = textOf(e.place);
      var people = (e.participants || []).map(textOf).filter(Boolean);
      var what = [e.type ? String(e.type).replace(/_/g, ' ') : 'event', textOf(e.name), place ? 'in ' + place : null].filter(Boolean).join(' \u00b7 ');
      var ev = (e.evidence_text || []).filter(Boolean);
      return el('li', { 'class': 'event' },
        el('span', { 'class': 'date' }, dateText), ' ',
        el('strong', null, what),
        people.length ? el('div', { 'class': 'muted' }, 'with ' + people.join(', ')) : null,
        date.text ? el('div', { 'class': 'muted' }, 'dated by: \u201c' + textOf(date.text) + '\u201d') : null,
        dateEvidence ? el('details', { 'class': 'muted date-evidence' }, el('summary', null, 'how the date was found'), textOf(dateEvidence)) : null,
        ev.map(function (t) { return el('blockquote', { 'class': 'evidence' }, t); }),
        e.outlet ? el('div', { 'class': 'muted' }, e.outlet + ' ', e.article ? link('/article/' + enc(e.article), 'article') : null) : null);
    }));
  }

  function entityChips(list) {
    if (!list || !list.length) return notice('No people or organisations were found in this story.');
    return el('ul', { 'class': 'chips entities' }, list.map(function (e) {
      return el('li', { 'class': 'chip entity ' + String(e.type).toLowerCase() },
        link('/entity/' + enc(e.id), e.name, 'entity-link'),
        e.roles && e.roles.length ? el('span', { 'class': 'muted' }, ' ' + clip(e.roles.join('; '), 60)) : null);
    }));
  }

  // ------------------------------------------------------------------ entity pages

  function entityPage(id) {
    return api('/api/entities/' + enc(id)).then(function (e) {
      var body = e.entity || {};
      var out = [el('h1', null, e.name), el('p', { 'class': 'meta' }, String(e.type).toLowerCase() + ' \u00b7 ' +
        plural(e.mentions, 'mention') + ' in ' + plural(e.article_count, 'article'),
        REPORT ? null : [' \u00b7 ', link('/search?entity=' + enc(e.id), 'search the articles naming ' + e.name)])];
      var aliases = body.aliases || [];
      out.push(section('Aliases', 'aliases', aliases.length ? el('ul', { 'class': 'chips' }, aliases.map(function (a) {
        return el('li', { 'class': 'chip' }, a.text, el('span', { 'class': 'muted' }, ' \u00d7' + a.count + (a.kind ? ' ' + a.kind : '')));
      })) : notice('No other names.')));
      var roles = body.roles || [];
      out.push(section('Roles', 'roles', roles.length ? el('ul', null, roles.map(function (r) {
        return el('li', null, r.text || [r.title, r.affiliation].filter(Boolean).join(', '), el('span', { 'class': 'muted' }, ' (' + plural(r.count, 'article') + ')'));
      })) : notice('No roles given.')));
      out.push(section('Quotes over time', 'quotes', e.quotes && e.quotes.length ? el('ol', { 'class': 'quotes' }, e.quotes.map(function (q) {
        return el('li', null, el('span', { 'class': 'date' }, q.published || 'undated'), ' ', el('span', { 'class': 'outlet' }, q.outlet), ' ',
          el('blockquote', null, q.text), link('/article/' + enc(q.article), q.title || 'article'));
      })) : notice('No quotes attributed to ' + e.name + ' (or the quotes layer found none).')));
      out.push(section('Stories', 'stories', e.stories && e.stories.length ? el('ul', null, e.stories.map(function (s) {
        return el('li', null, link('/story/' + enc(s.id), s.label || s.id), el('span', { 'class': 'muted' }, ' ' + range(s.first_date, s.last_date)));
      })) : notice('In no story.')));
      if (e.utterances && e.utterances.length) out.push(section('Statements reported by several articles', 'entity-utterances', utterances(e.utterances, '')));
      out.push(section('Articles', 'entity-articles', articleList(e.articles || [])));
      return out;
    });
  }

  function entitiesPage(params) {
    var q = params.q || '';
    var req = REPORT ? Promise.resolve(null) : api('/api/entities', { q: q, type: params.type, limit: 100 });
    return req.then(function (page) {
      var out = [el('h1', null, 'People and organisations')];
      if (REPORT) {
        out.push(notice('The report holds the people and organisations of its stories: open a story to reach them.'));
        return out;
      }
      var input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'name or alias', id: 'entity-q' });
      var form = el('form', { 'class': 'search', onsubmit: function (ev) { ev.preventDefault(); location.hash = '#/entities?q=' + enc(input.value); } },
        input, el('button', { type: 'submit' }, 'Find'));
      out.push(form);
      if (!page.items.length) { out.push(notice(q ? 'No entity matches \u201c' + q + '\u201d.' : 'No entities yet.')); return out; }
      out.push(el('ul', { 'class': 'entity-list' }, page.items.map(function (e) {
        return el('li', null, link('/entity/' + enc(e.id), e.name, 'entity-link'), ' ',
          el('span', { 'class': 'muted' }, String(e.type).toLowerCase() + ' \u00b7 ' + plural(e.article_count, 'article') +
            (e.roles.length ? ' \u00b7 ' + clip(e.roles.join('; '), 80) : '')));
      })));
      return out;
    });
  }

  // ------------------------------------------------------------------ article page

  function articlePage(id) {
    return api('/api/articles/' + enc(id)).then(function (p) {
      var a = p.article, s = p.summary;
      var text = a.text || '';
      var out = [el('h1', null, s.title || a.id)];
      out.push(el('p', { 'class': 'meta' }, [s.outlet || 'unknown outlet', s.published || 'undated'].join(' \u00b7 '), ' ', outLink(s.url, 'original')));
      if (p.stories && p.stories.length) {
        out.push(el('p', null, 'In ', p.stories.map(function (st, i) { return [i ? ', ' : '', link('/story/' + enc(st.id), st.label || st.id)]; })));
      }
      var paras = (a.paragraphs || []).map(function (sp) { return el('p', null, text.slice(sp.start, sp.end)); });
      if (!paras.length) paras = text.split(/\n\s*\n/).map(function (t) { return el('p', null, t); });
      out.push(el('article', { 'class': 'text', id: 'article-text' }, paras));
      var quotes = a.quotes || [];
      if (quotes.length) {
        out.push(section('Quotes', 'article-quotes', el('ul', null, quotes.map(function (q) {
          return el('li', null, el('blockquote', null, q.text), el('span', { 'class': 'muted' }, '\u2014 '),
            q.speaker_global ? link('/entity/' + enc(q.speaker_global), q.speaker || q.speaker_global) : (q.speaker || 'unattributed'));
        }))));
      }
      var ents = (a.entities || []).filter(function (e) { return e.global; });
      if (ents.length) {
        out.push(section('Named here', 'article-entities', el('ul', { 'class': 'chips' }, ents.map(function (e) {
          return el('li', { 'class': 'chip' }, link('/entity/' + enc(e.global), e.name));
        }))));
      }
      if (a.events && a.events.length) {
        out.push(section('Events', 'article-events', events(a.events.map(function (e) {
          var c = Object.assign({}, e);
          c.evidence_text = (e.evidence || []).map(function (sp) { return text.slice(sp.start, sp.end); });
          return c;
        }))));
      }
      return out;
    });
  }

  // ------------------------------------------------------------------ search

  function searchPage(params) {
    if (REPORT) return Promise.resolve([el('h1', null, 'Search'), notice('Search needs the server: run "crosscheck serve".')]);
    return api('/api/outlets').then(function (outlets) {
      var q = el('input', { type: 'search', name: 'q', value: params.q || '', placeholder: 'words, "a phrase", -not', id: 'search-q' });
      var kind = el('select', { name: 'kind', id: 'search-kind' },
        [['', 'everything'], ['article', 'articles'], ['quote', 'quotes'], ['claim', 'claims']].map(function (o) {
          return el('option', { value: o[0], selected: (params.kind || '') === o[0] ? 'selected' : null }, o[1]);
        }));
      var outlet = el('select', { name: 'outlet', id: 'search-outlet' }, el('option', { value: '' }, 'all outlets'),
        outlets.items.map(function (o) {
          return el('option', { value: o.outlet, selected: params.outlet === o.outlet ? 'selected' : null }, o.outlet + ' (' + o.articles + ')');
        }));
      var from = el('input', { type: 'date', name: 'from', value: params.from || '', id: 'search-from' });
      var to = el('input', { type: 'date', name: 'to', value: params.to || '', id: 'search-to' });
      var form = el('form', { 'class': 'search', id: 'search-form', onsubmit: function (ev) {
        ev.preventDefault();
        var p = new URLSearchParams();
        [['q', q.value], ['kind', kind.value], ['outlet', outlet.value], ['from', from.value], ['to', to.value],
          ['story', params.story], ['entity', params.entity]].forEach(function (kv) { if (kv[1]) p.append(kv[0], kv[1]); });
        location.hash = '#/search?' + p.toString();
      } }, q, kind, outlet, el('label', null, 'from ', from), el('label', null, 'to ', to), el('button', { type: 'submit' }, 'Search'));
      var out = [el('h1', null, 'Search'), form];
      if (params.story) out.push(el('p', { 'class': 'muted' }, 'Only in story ' + params.story));
      if (params.entity) out.push(el('p', { 'class': 'muted' }, 'Only articles naming ' + params.entity));
      if (!params.q && !params.outlet && !params.from && !params.to && !params.story && !params.entity) return out;
      var offset = parseInt(params.offset || '0', 10) || 0;
      var people = params.q && offset === 0 ? api('/api/entities', { q: params.q, limit: 8 }) : Promise.resolve({ items: [] });
      return people.then(function (ents) {
        if (ents.items.length) {
          out.push(el('div', { 'class': 'block', id: 'search-entities' }, el('h2', null, 'People and organisations'),
            entityChips(ents.items)));
        }
        return searchResults(out, params, offset);
      });
    });
  }

  function searchResults(out, params, offset) {
      return api('/api/search', { q: params.q, kind: params.kind, outlet: params.outlet, from: params.from, to: params.to,
        story: params.story, entity: params.entity, offset: offset, limit: 20 }).then(function (res) {
        out.push(el('p', { 'class': 'muted', id: 'search-total' }, plural(res.total, 'result')));
        out.push(el('ol', { 'class': 'results', id: 'search-results' }, res.items.map(result)));
        var nav = el('p', { 'class': 'pager' });
        function pageLink(off, label) {
          var p = new URLSearchParams(params);
          p.set('offset', off);
          return link('/search?' + p.toString(), label);
        }
        if (offset > 0) append(nav, pageLink(Math.max(0, offset - 20), '\u2190 previous'));
        if (offset + 20 < res.total) append(nav, [' ', pageLink(offset + 20, 'next \u2192')]);
        out.push(nav);
        return out;
      });
  }

  function result(h) {
    var snippet = el('p', { 'class': 'snippet' }, (h.snippet || []).map(function (s) {
      return s.hit ? el('mark', null, s.text) : document.createTextNode(s.text);
    }));
    var target;
    if (h.kind === 'claim') target = h.story ? link('/story/' + enc(h.story), h.title || h.ref) : el('span', null, h.title || h.ref);
    else target = link('/article/' + enc(h.article), h.title || h.article);
    return el('li', { 'class': 'result ' + h.kind },
      el('span', { 'class': 'badge' }, h.kind), ' ', target,
      el('div', { 'class': 'muted' }, [h.outlet, h.published, h.speaker ? 'said by ' + h.speaker : null].filter(Boolean).join(' \u00b7 ')),
      snippet);
  }

  render();
})();
