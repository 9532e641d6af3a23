// The page at /: sends the form to POST /v1/summaries and shows the chosen sentences highlighted in place.
// Written for a strict Content-Security-Policy (script-src 'self'; style-src 'self'): no inline scripts, styles or
// event-handler attributes, and the DOM is built from text nodes only, so nothing the user pastes is read as HTML.
'use strict';

(function () {
  const API = '/v1/summaries';

  const EXAMPLE_TITLE = 'Port Alder votes to rebuild its storm-damaged seawall';
  const EXAMPLE_TEXT = [
    'The town council of Port Alder voted 6 to 1 on Thursday to rebuild the harbor seawall that collapsed '
      + 'during the February storms, approving a $48 million plan that will close the waterfront promenade for '
      + 'most of next year.',
    'Work is due to start in April. Crews will drive steel sheet piles in front of the old granite wall, fill '
      + 'the gap with concrete and raise the walkway by 80 centimeters to keep pace with higher tides.',
    '"We patched this wall for forty years, and the sea kept winning," said Mayor Ines Calloway, who grew up '
      + 'two streets from the harbor. "This time we are building for the next century, not the next winter."',
    'The state coastal fund will pay $31 million of the cost. The town will borrow the rest through a '
      + 'twenty-year bond, adding about $95 a year to the average property tax bill.',
    'Fishing crews, who unload at the north quay, will keep access throughout the project. The harbor master, '
      + 'Tomas Reyes, said boats would be moved in stages so that no more than a dozen berths close at once.',
    'Not everyone is convinced. Councillor Ruth Okafor, who cast the only vote against the plan, said the town '
      + 'should first study moving the fuel depot away from the shore. "We are spending a fortune to defend the '
      + 'one building that should not be there," she said.',
    'Shop owners on Front Street asked for help during the closure. The council agreed to waive parking fees '
      + 'in the old market lot and to fund a weekend shuttle from the rail station.',
    'Engineers expect the new wall to be finished by the following spring, weather permitting. The promenade '
      + 'will reopen with wider paths, new benches and solar-powered lights.',
    'A public meeting on the construction schedule will be held at the library on March 3.'
  ].join('\n\n');

  const $ = (id) => document.getElementById(id);
  const form = $('summary-form');
  const textInput = $('text');
  const urlInput = $('url');
  const sourceLine = $('source');
  const titleInput = $('title');
  const sentencesInput = $('sentences');
  const algorithmInput = $('algorithm');
  const orderInput = $('order');
  const explainInput = $('explain');
  const submitButton = $('summarize');
  const statusLine = $('status');
  const errorBox = $('error');
  const resultSection = $('result');
  const articleView = $('article');
  const notice = $('notice');
  const summaryList = $('summary-list');
  const shortfallLine = $('shortfall');
  const popover = $('popover');

  let activeMark = null;
  let busy = false;

  // ---- DOM helpers: text only, never HTML ----

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function formatScore(score) {
    return typeof score === 'number' && Number.isFinite(score) ? score.toFixed(4) : String(score);
  }

  function formatSigned(x) {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      return String(x);
    }
    return (x > 0 ? '+' : x < 0 ? '\u2212' : '') + Math.abs(x).toFixed(3);
  }

  // ---- the request ----

  // A paste that starts with a tag and closes one is a web page: the service extracts the article from it.
  function looksLikeHtml(value) {
    return /^\s*</.test(value) && /<\/[a-zA-Z][^>]*>/.test(value);
  }

  function readRequest() {
    const url = urlInput.value.trim();
    const pasted = textInput.value;
    if (url && pasted.trim()) {
      return { error: 'Give a page URL or paste an article, not both: clear one of them.' };
    }
    let body;
    if (url) {
      body = { url };
    } else if (looksLikeHtml(pasted)) {
      body = { html: pasted };
    } else {
      body = { text: pasted };
    }
    const title = titleInput.value.trim();
    if (title) {
      body.title = title;
    }
    if (sentencesInput.validity.badInput) {
      return { error: 'Sentences: enter a whole number from 1 to 50.' };
    }
    const sentences = sentencesInput.value.trim();
    if (sentences !== '') {
      body.sentences = Number(sentences);
    }
    body.order = orderInput.value;
    body.algorithm = algorithmInput.value;
    body.explain = explainInput.checked;
    return { body };
  }

  // ---- errors ----

  function showError(heading, detail, fieldErrors) {
    clear(errorBox);
    errorBox.appendChild(el('p', 'error-title', heading));
    if (detail) {
      errorBox.appendChild(el('p', 'error-detail', detail));
    }
    if (Array.isArray(fieldErrors) && fieldErrors.length > 0) {
      const list = el('ul', 'error-fields');
      for (const item of fieldErrors) {
        const li = el('li');
        const field = item && item.field ? String(item.field) : 'request';
        li.appendChild(el('strong', null, field));
        li.appendChild(document.createTextNode(': ' + (item && item.message ? item.message : 'invalid')));
        list.appendChild(li);
      }
      errorBox.appendChild(list);
    }
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    clear(errorBox);
  }

  async function problemFrom(response) {
    const type = response.headers.get('Content-Type') || '';
    const retryAfter = response.headers.get('Retry-After');
    let problem = null;
    let raw = '';
    try {
      raw = await response.text();
      if (type.includes('json') && raw) {
        problem = JSON.parse(raw);
      }
    } catch (ignored) {
      problem = null;
    }
    const status = response.status;
    const title = problem && problem.title ? problem.title : (response.statusText || 'Request failed');
    let detail = problem && problem.detail ? String(problem.detail) : '';
    if (!problem && raw) {
      detail = raw.length > 300 ? raw.slice(0, 300) + '\u2026' : raw;
    }
    if (retryAfter) {
      detail = (detail ? detail + ' ' : '') + 'Try again in ' + retryAfter + ' s.';
    }
    return {
      heading: title + ' (HTTP ' + status + ')',
      detail,
      errors: problem && Array.isArray(problem.errors) ? problem.errors : []
    };
  }

  // ---- the result ----

  function hidePopover() {
    if (activeMark) {
      activeMark.removeAttribute('aria-describedby');
      activeMark.classList.remove('active');
    }
    activeMark = null;
    popover.hidden = true;
  }

  function renderPopover(mark, sentence) {
    clear(popover);
    popover.appendChild(el('p', 'popover-title',
      'Rank ' + sentence.rank + ' \u00b7 score ' + formatScore(sentence.score)
        + ' \u00b7 sentence ' + (sentence.index + 1)));
    const features = sentence.features;
    if (!features || typeof features !== 'object' || Object.keys(features).length === 0) {
      popover.appendChild(el('p', 'popover-note',
        'Turn on \u201cExplain\u201d and summarize again to see the feature contributions.'));
      return;
    }
    const rows = Object.entries(features)
      .map(([name, f]) => ({ name, value: f.value, contribution: f.contribution }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.name.localeCompare(b.name));
    const table = el('table', 'features');
    const caption = el('caption', null, 'Feature contributions to the log-odds, largest first');
    table.appendChild(caption);
    const head = el('thead');
    const headRow = el('tr');
    for (const label of ['Feature', 'Value', 'Contribution']) {
      const th = el('th', null, label);
      th.scope = 'col';
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    const bodyRows = el('tbody');
    for (const row of rows) {
      const tr = el('tr', row.contribution > 0 ? 'positive' : row.contribution < 0 ? 'negative' : 'zero');
      tr.dataset.feature = row.name;
      tr.dataset.contribution = String(row.contribution);
      const th = el('th', null, row.name);
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el('td', null, typeof row.value === 'number' ? row.value.toFixed(3) : String(row.value)));
      tr.appendChild(el('td', 'contribution', formatSigned(row.contribution)));
      bodyRows.appendChild(tr);
    }
    table.appendChild(bodyRows);
    popover.appendChild(table);
  }

  // Below the sentence if it fits, else above it, else on the roomier side with a scrolling popover.
  function placePopover(mark) {
    const margin = 8;
    const gap = 6;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const rects = mark.getClientRects();
    const last = rects.length > 0 ? rects[rects.length - 1] : mark.getBoundingClientRect();
    const first = rects.length > 0 ? rects[0] : last;
    popover.style.maxHeight = '';
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const below = viewportHeight - last.bottom - gap - margin;
    const above = first.top - gap - margin;
    let top;
    if (height <= below) {
      top = last.bottom + gap;
    } else if (height <= above) {
      top = first.top - gap - height;
    } else if (below >= above) {
      top = last.bottom + gap;
      popover.style.maxHeight = Math.max(below, 80) + 'px';
    } else {
      const shown = Math.max(above, 80);
      popover.style.maxHeight = shown + 'px';
      top = first.top - gap - shown;
    }
    const anchor = top > last.bottom ? last : first;
    const left = Math.max(margin, Math.min(anchor.left, viewportWidth - width - margin));
    popover.style.left = left + 'px';
    popover.style.top = Math.max(margin, top) + 'px';
  }

  function showPopover(mark) {
    if (activeMark && activeMark !== mark) {
      hidePopover();
    }
    const sentence = mark.summarySentence;
    if (!sentence) {
      return;
    }
    renderPopover(mark, sentence);
    activeMark = mark;
    mark.classList.add('active');
    mark.setAttribute('aria-describedby', popover.id);
    popover.hidden = false;
    placePopover(mark);
  }

  function renderArticle(text, sentences) {
    clear(articleView);
    const problems = [];
    const byOffset = sentences.slice().sort((a, b) => a.offset - b.offset);
    let position = 0;
    for (const sentence of byOffset) {
      const start = sentence.offset;
      const end = sentence.offset + sentence.length;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < position || end > text.length) {
        problems.push('sentence ' + (sentence.index + 1) + ' has offsets outside the text or overlapping another');
        continue;
      }
      if (text.substring(start, end) !== sentence.text) {
        problems.push('sentence ' + (sentence.index + 1) + ' does not match the text at its offset');
      }
      if (start > position) {
        articleView.appendChild(document.createTextNode(text.substring(position, start)));
      }
      const mark = el('mark', 'chosen', text.substring(start, end));
      mark.id = 'sentence-' + sentence.index;
      mark.tabIndex = 0;
      mark.dataset.rank = String(sentence.rank);
      mark.dataset.score = String(sentence.score);
      mark.dataset.index = String(sentence.index);
      mark.summarySentence = sentence;
      articleView.appendChild(mark);
      position = end;
    }
    if (position < text.length) {
      articleView.appendChild(document.createTextNode(text.substring(position)));
    }
    if (problems.length > 0) {
      notice.textContent = 'Some sentences could not be placed: ' + problems.join('; ') + '.';
      notice.hidden = false;
    } else {
      notice.hidden = true;
      notice.textContent = '';
    }
  }

  function renderSummary(sentences) {
    clear(summaryList);
    for (const sentence of sentences) {
      const li = el('li');
      li.dataset.rank = String(sentence.rank);
      const link = el('a', 'summary-link', sentence.text);
      link.href = '#sentence-' + sentence.index;
      link.addEventListener('click', (event) => {
        const mark = document.getElementById('sentence-' + sentence.index);
        if (mark) {
          event.preventDefault();
          mark.scrollIntoView({ block: 'center' });
          mark.focus({ preventScroll: true });
        }
      });
      li.appendChild(link);
      li.appendChild(el('span', 'meta', 'rank ' + sentence.rank + ' \u00b7 score ' + formatScore(sentence.score)));
      summaryList.appendChild(li);
    }
  }

  // For a page or URL the offsets index the extracted article text the service returns, not what was sent.
  function renderSource(data) {
    if (typeof data.text !== 'string') {
      sourceLine.hidden = true;
      sourceLine.textContent = '';
      return;
    }
    let line = 'Article extracted from ' + (data.url ? data.url : 'the pasted page');
    if (data.title) {
      line += ', titled \u201c' + data.title + '\u201d';
    }
    sourceLine.textContent = line + '.';
    sourceLine.hidden = false;
  }

  function renderResult(text, data, elapsedMs) {
    const sentences = Array.isArray(data.sentences) ? data.sentences : [];
    renderSource(data);
    renderArticle(typeof data.text === 'string' ? data.text : text, sentences);
    renderSummary(sentences);
    $('stat-sentences').textContent = String(data.sentenceCount);
    $('stat-tokens').textContent = String(data.tokenCount);
    $('stat-algorithm').textContent = String(data.algorithm);
    $('stat-time').textContent = elapsedMs + ' ms';
    if (data.shortfall) {
      shortfallLine.textContent = 'Fewer sentences than asked for: ' + data.shortfall.message;
      shortfallLine.hidden = false;
    } else {
      shortfallLine.hidden = true;
      shortfallLine.textContent = '';
    }
    resultSection.hidden = false;
    statusLine.textContent = sentences.length + (sentences.length === 1 ? ' sentence' : ' sentences')
      + ' chosen of ' + data.sentenceCount + ' in ' + elapsedMs + ' ms.';
  }

  // ---- submitting ----

  async function summarize(event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    hidePopover();
    hideError();
    const request = readRequest();
    if (request.error) {
      statusLine.textContent = '';
      showError('Invalid request', request.error, []);
      errorBox.focus();
      return;
    }
    const body = request.body;
    busy = true;
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    resultSection.hidden = true;
    statusLine.textContent = 'Summarizing\u2026';
    const started = performance.now();
    try {
      let response;
      try {
        response = await fetch(API, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(body)
        });
      } catch (networkError) {
        statusLine.textContent = '';
        showError('Could not reach the summarizer',
          'The request did not get an answer (' + (networkError && networkError.message
            ? networkError.message : 'network error') + '). Check that the service is running and try again.', []);
        errorBox.focus();
        return;
      }
      if (!response.ok) {
        const problem = await problemFrom(response);
        statusLine.textContent = '';
        showError(problem.heading, problem.detail, problem.errors);
        errorBox.focus();
        return;
      }
      let data;
      try {
        data = await response.json();
      } catch (parseError) {
        statusLine.textContent = '';
        showError('Unreadable answer', 'The service answered with something that is not JSON.', []);
        errorBox.focus();
        return;
      }
      const elapsed = Math.round(performance.now() - started);
      renderResult(body.text, data, elapsed);
    } finally {
      busy = false;
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  // ---- wiring ----

  form.addEventListener('submit', summarize);

  $('load-example').addEventListener('click', () => {
    titleInput.value = EXAMPLE_TITLE;
    textInput.value = EXAMPLE_TEXT;
    urlInput.value = '';
    textInput.focus();
  });

  $('clear').addEventListener('click', () => {
    titleInput.value = '';
    textInput.value = '';
    urlInput.value = '';
    hidePopover();
    hideError();
    resultSection.hidden = true;
    statusLine.textContent = '';
    textInput.focus();
  });

  const markOf = (target) => (target instanceof Element ? target.closest('mark.chosen') : null);

  articleView.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== activeMark) {
      showPopover(mark);
    }
  });
  articleView.addEventListener('mouseout', (event) => {
    const mark = markOf(event.target);
    if (mark && mark === activeMark && !mark.contains(event.relatedTarget) && document.activeElement !== mark) {
      hidePopover();
    }
  });
  articleView.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      showPopover(mark);
    }
  });
  articleView.addEventListener('focusout', (event) => {
    const mark = markOf(event.target);
    if (mark && mark === activeMark) {
      hidePopover();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      hidePopover();
    }
  });
  window.addEventListener('resize', () => {
    if (activeMark) {
      placePopover(activeMark);
    }
  });
  window.addEventListener('scroll', () => {
    if (activeMark) {
      placePopover(activeMark);
    }
  }, { passive: true });
}());
