/*
 * The web UI of Thi Đua Ledger: live standings, classifications, what-if, dossiers and audit trails, read from the
 * public API with the signed-in user's HTTP Basic credentials (kept for the browser tab only). Vietnamese first,
 * English second. Every value from the server is put in the page as text, never as HTML.
 */
'use strict';
window.ThiDua = (function () {
  const AUTH = 'thidua.auth';
  const USER = 'thidua.user';
  const LANG = 'thidua.lang';

  const TEXT = {
    vi: {
      appName: 'Sổ cái Thi đua', loginHint: 'Đăng nhập để xem bảng xếp hạng, nhật ký và hồ sơ kiểm tra.',
      username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập', signOut: 'Đăng xuất',
      badLogin: 'Sai tên đăng nhập hoặc mật khẩu', navRankings: 'Bảng xếp hạng', navClassifications: 'Xếp loại',
      navWhatIf: 'So sánh phương án', navDossier: 'Hồ sơ kiểm tra', navAudit: 'Nhật ký',
      cluster: 'Cụm, khối', period: 'Kỳ', criteriaSet: 'Bộ tiêu chí', asOf: 'Tính đến (asOf)', unit: 'Đơn vị',
      show: 'Xem', kind: 'Loại', id: 'Mã', baseline: 'Phương án hiện hành', candidate: 'Phương án đề xuất',
      rank: 'Hạng', unitName: 'Tên đơn vị', score: 'Điểm', penalty: 'Trừ điểm', violations: 'Vi phạm',
      level: 'Mức', movement: 'Thay đổi', live: 'Trực tiếp', updatedAt: 'cập nhật lúc', position: 'vị trí',
      reconnecting: 'Mất kết nối, đang kết nối lại…', noRows: 'Không có dòng nào', person: 'Cán bộ',
      fullName: 'Họ và tên', adjustedBy: 'Điều chỉnh', months: 'Số tháng', indicator: 'Chỉ số', result: 'Kết quả',
      summary: 'Nội dung', entries: 'Căn cứ (vị trí)', recordedAt: 'Thời điểm ghi', type: 'Sự kiện',
      businessTime: 'Thời gian nghiệp vụ', actor: 'Người ghi', data: 'Nội dung', download: 'Tải về',
      rankDelta: 'Chênh hạng', scoreDelta: 'Chênh điểm', basis: 'Căn cứ xếp loại', loading: 'Đang tải…',
      periodHint: '2024-05, 2024-Q2, 2024-H1, 2024', MET: 'Đạt', PARTLY_MET: 'Đạt một phần', NOT_MET: 'Không đạt',
      NO_DATA: 'Chưa có số liệu'
    },
    en: {
      appName: 'Emulation Ledger', loginHint: 'Sign in to see standings, audit trails and inspection dossiers.',
      username: 'User name', password: 'Password', signIn: 'Sign in', signOut: 'Sign out',
      badLogin: 'Wrong user name or password', navRankings: 'Standings', navClassifications: 'Classifications',
      navWhatIf: 'What-if', navDossier: 'Dossier', navAudit: 'Audit trail',
      cluster: 'Cluster', period: 'Period', criteriaSet: 'Criteria set', asOf: 'As of', unit: 'Unit',
      show: 'Show', kind: 'Kind', id: 'Id', baseline: 'Baseline', candidate: 'Candidate',
      rank: 'Rank', unitName: 'Unit name', score: 'Score', penalty: 'Penalty', violations: 'Violations',
      level: 'Level', movement: 'Movement', live: 'Live', updatedAt: 'updated at', position: 'position',
      reconnecting: 'Connection lost, reconnecting…', noRows: 'No rows', person: 'Person',
      fullName: 'Full name', adjustedBy: 'Adjusted by', months: 'Months', indicator: 'Indicator', result: 'Result',
      summary: 'Summary', entries: 'Entries (positions)', recordedAt: 'Recorded at', type: 'Event',
      businessTime: 'Business time', actor: 'Actor', data: 'Data', download: 'Download',
      rankDelta: 'Rank delta', scoreDelta: 'Score delta', basis: 'Basis', loading: 'Loading…',
      periodHint: '2024-05, 2024-Q2, 2024-H1, 2024', MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met',
      NO_DATA: 'No data'
    }
  };

  function lang() { return sessionStorage.getItem(LANG) || 'vi'; }
  function t(key) { return (TEXT[lang()] || TEXT.vi)[key] || TEXT.vi[key] || key; }

  function translatePage() {
    document.documentElement.lang = lang();
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    const toggle = document.getElementById('lang');
    if (toggle) {
      toggle.textContent = lang() === 'vi' ? 'English' : 'Tiếng Việt';
      toggle.onclick = event => {
        event.preventDefault();
        sessionStorage.setItem(LANG, lang() === 'vi' ? 'en' : 'vi');
        translatePage();
        if (window.ThiDua.rerender) { window.ThiDua.rerender(); }
      };
    }
  }

  /** "Basic …" of user and password, UTF-8 as the server reads it. */
  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach(b => { binary += String.fromCharCode(b); });
    return 'Basic ' + btoa(binary);
  }

  function headers(extra) {
    // X-Requested-With: a refused request answers 401 without asking the browser for a password itself
    return Object.assign({ 'Authorization': sessionStorage.getItem(AUTH) || '',
      'X-Requested-With': 'XMLHttpRequest' }, extra || {});
  }

  function toLogin() {
    sessionStorage.removeItem(AUTH);
    window.location.href = '/login.html';
  }

  /** GETs JSON from the API; a problem answer becomes an Error with its detail and every field error. */
  async function api(path) {
    const response = await fetch(path, { headers: headers({ 'Accept': 'application/json' }) });
    if (response.status === 401) {
      toLogin();
      throw new Error(t('badLogin'));
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const fields = body && body.errors ? body.errors.map(e => e.field + ': ' + e.message).join('; ') : '';
      throw new Error((body && (body.detail || body.title)) || response.statusText
        + (fields ? ' — ' + fields : ''));
    }
    return body;
  }

  /** Downloads an export with the credentials a plain link would not carry. */
  async function download(path) {
    const response = await fetch(path, { headers: headers() });
    if (!response.ok) {
      throw new Error((await response.json().catch(() => ({}))).detail || response.statusText);
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const plain = /filename="([^"]+)"/.exec(disposition);
    const name = utf8 ? decodeURIComponent(utf8[1]) : plain ? plain[1] : 'export';
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null) { return; }
      if (k.startsWith('on')) { node.addEventListener(k.substring(2), v); } else { node.setAttribute(k, v); }
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function table(columns, rows, id) {
    if (!rows.length) { return el('p', { class: 'muted', id }, t('noRows')); }
    return el('table', { id },
      el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c)))),
      el('tbody', {}, rows.map(r => el('tr', {}, r.map(cell => el('td', {}, cell))))));
  }

  function field(name, label, value, attrs) {
    return el('label', {}, el('span', {}, label),
      el('input', Object.assign({ name, id: 'f-' + name, value: value || '' }, attrs || {})));
  }

  function select(name, label, options, value) {
    return el('label', {}, el('span', {}, label), el('select', { name, id: 'f-' + name },
      options.map(([v, text]) => { const o = el('option', { value: v }, text); if (v === value) { o.selected = true; } return o; })));
  }

  /** A form of the fields given that, on submit, puts its values in the address (so a view can be linked to). */
  function form(view, fields, params) {
    const f = el('form', { class: 'query' }, fields, el('button', { type: 'submit', id: 'show' }, t('show')));
    f.addEventListener('submit', event => {
      event.preventDefault();
      const query = new URLSearchParams();
      new FormData(f).forEach((v, k) => { if (String(v).trim()) { query.set(k, String(v).trim()); } });
      const target = '#/' + view + '?' + query;
      if (window.location.hash === target) { route(); } else { window.location.hash = target; }
    });
    return f;
  }

  function problem(error) { return el('p', { class: 'error', role: 'alert', id: 'problem' }, error.message); }

  function number(value) { return value === null || value === undefined ? '' : String(value); }

  let stream = null;
  function stopStream() {
    if (stream) { stream.abort(); stream = null; }
  }

  /**
   * Follows the live standings: the server sends a ranking at once and again whenever new facts change it. Read
   * with fetch (EventSource cannot send credentials); reconnects after a break.
   */
  function follow(query, onRanking, onState) {
    stopStream();
    const controller = new AbortController();
    stream = controller;
    const connect = async () => {
      try {
        const response = await fetch('/api/stream/rankings?' + query,
          { headers: headers({ 'Accept': 'text/event-stream' }), signal: controller.signal });
        if (response.status === 401) { toLogin(); return; }
        if (!response.ok) {
          onState(new Error((await response.json().catch(() => ({}))).detail || response.statusText));
          return;
        }
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) { break; }
          buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.substring(0, end);
            buffer = buffer.substring(end + 2);
            const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.substring(5).trimStart()).join('\n');
            if (data) { onRanking(JSON.parse(data)); }
          }
        }
      } catch (e) {
        if (controller.signal.aborted) { return; }
      }
      if (!controller.signal.aborted) {
        onState(null);
        setTimeout(() => { if (!controller.signal.aborted) { connect(); } }, 3000);
      }
    };
    connect();
  }

  async function clusterOptions() {
    const clusters = (await api('/api/clusters')).clusters;
    return clusters.map(c => [c.id, c.name + ' (' + c.id + ')']);
  }

  async function unitSetOptions() {
    const sets = (await api('/api/criteria-sets?subject=UNIT')).criteriaSets;
    return sets.map(s => [s.id + '@' + s.version, s.id + '@' + s.version + (s.title ? ' — ' + s.title : '')]);
  }

  const views = {
    async rankings(params, view) {
      const clusters = await clusterOptions();
      view.append(form('rankings', [
        select('cluster', t('cluster'), clusters, params.get('cluster')),
        field('period', t('period'), params.get('period'), { placeholder: t('periodHint'), required: true }),
        field('criteriaSet', t('criteriaSet'), params.get('criteriaSet'), { placeholder: 'VN.VHCS-DV@1' })]));
      if (!params.get('cluster') || !params.get('period')) { return; }
      const status = el('p', { class: 'live', id: 'live' }, t('loading'));
      const holder = el('div', { id: 'ranking' });
      view.append(status, holder);
      let previous = {};
      follow(params.toString(), ranking => {
        const codes = [];
        ranking.rows.forEach(r => Object.keys(r.breakdown || {}).forEach(c => { if (!codes.includes(c)) { codes.push(c); } }));
        const rows = ranking.rows.map(r => [number(r.rank), r.unitId, r.unitName, number(r.score),
          ...codes.map(c => number((r.breakdown || {})[c])), number(r.penalty), number(r.violations), r.level || '',
          r.movement === null || r.movement === undefined ? '' : (r.movement > 0 ? '▲' + r.movement : r.movement < 0 ? '▼' + (-r.movement) : '=')]);
        const next = table([t('rank'), t('unit'), t('unitName'), t('score'), ...codes, t('penalty'), t('violations'),
          t('level'), t('movement')], rows, 'ranking-table');
        next.querySelectorAll('tbody tr').forEach((tr, i) => {
          const r = ranking.rows[i];
          tr.dataset.unit = r.unitId;
          if (previous[r.unitId] !== undefined && String(previous[r.unitId]) !== String(r.score)) { tr.classList.add('changed'); }
        });
        previous = Object.fromEntries(ranking.rows.map(r => [r.unitId, r.score]));
        holder.replaceChildren(el('h2', {}, ranking.clusterName + ' — ' + ranking.period),
          el('p', { class: 'muted' }, t('criteriaSet') + ': ' + ranking.criteriaSet
            + (ranking.criteriaSetTitle ? ' (' + ranking.criteriaSetTitle + ')' : '')), next);
        status.textContent = '● ' + t('live') + ' — ' + t('updatedAt') + ' ' + new Date().toLocaleTimeString(lang())
          + ' (' + t('position') + ' ' + ranking.position + ')';
        status.dataset.position = ranking.position;
        status.className = 'live on';
      }, error => {
        status.className = 'live off';
        status.textContent = error ? error.message : t('reconnecting');
      });
    },

    async classifications(params, view) {
      view.append(form('classifications', [
        field('unit', t('unit'), params.get('unit'), { required: true, placeholder: 'LB-PNV' }),
        field('period', t('period'), params.get('period'), { placeholder: t('periodHint'), required: true }),
        field('criteriaSet', t('criteriaSet'), params.get('criteriaSet'), { placeholder: 'VN.HN-3814' }),
        field('asOf', t('asOf'), params.get('asOf'), { placeholder: 'pos:120' })]));
      if (!params.get('unit') || !params.get('period')) { return; }
      const answer = await api('/api/classifications?' + params);
      view.append(el('p', { class: 'muted' }, t('basis') + ': ' + answer.basis + ' · ' + t('criteriaSet') + ': '
        + (answer.criteriaSet || '') + ' · ' + t('position') + ' ' + answer.position));
      view.append(table([t('person'), t('fullName'), t('score'), t('months'), t('level'), t('adjustedBy')],
        answer.rows.map(r => [r.personId, r.fullName || '', number(r.score),
          number(r.monthsEvaluated === undefined ? '' : r.monthsEvaluated),
          (r.levelLabel ? r.level + ' — ' + r.levelLabel : r.level), (r.adjustedBy || []).join(', ')]), 'classification-table'));
    },

    async whatif(params, view) {
      const [clusters, sets] = await Promise.all([clusterOptions(), unitSetOptions()]);
      view.append(form('whatif', [
        select('cluster', t('cluster'), clusters, params.get('cluster')),
        field('period', t('period'), params.get('period'), { placeholder: t('periodHint'), required: true }),
        select('baseline', t('baseline'), sets, params.get('baseline')),
        select('candidate', t('candidate'), sets, params.get('candidate'))]));
      if (!params.get('cluster') || !params.get('period')) { return; }
      const answer = await api('/api/what-if?' + params);
      view.append(table([t('unit'), t('unitName'), t('baseline') + ': ' + t('rank'), t('score'),
        t('candidate') + ': ' + t('rank'), t('score'), t('rankDelta'), t('scoreDelta')],
        answer.rows.map(r => [r.unitId, r.unitName, number(r.baseline.rank), number(r.baseline.score),
          number(r.candidate.rank), number(r.candidate.score), number(r.rankDelta), number(r.scoreDelta)]), 'whatif-table'));
    },

    async dossier(params, view) {
      view.append(form('dossier', [
        field('unit', t('unit'), params.get('unit'), { required: true, placeholder: 'LB-PNV' }),
        field('period', t('period'), params.get('period'), { placeholder: t('periodHint'), required: true }),
        field('asOf', t('asOf'), params.get('asOf'), { placeholder: 'pos:120' })]));
      if (!params.get('unit') || !params.get('period')) { return; }
      const dossier = await api('/api/dossiers?' + params);
      view.append(el('h2', {}, dossier.unitName + ' (' + dossier.unitId + ') — ' + dossier.period),
        downloads('/api/dossiers?' + params),
        table([t('indicator'), t('result'), t('summary'), t('entries')], dossier.indicators.map(i => [i.label,
          el('span', { class: 'status ' + i.status }, t(i.status)), i.summary,
          (i.entries || []).map(e => e.position).join(', ')]), 'dossier-table'));
    },

    async audit(params, view) {
      const kinds = ['units', 'persons', 'campaigns', 'pledges', 'clusters', 'violations', 'evaluations', 'surveys',
        'inspections', 'commendations', 'criteria-sets', 'registrations', 'covenants', 'reports', 'reviews'];
      view.append(form('audit', [
        select('kind', t('kind'), kinds.map(k => [k, k]), params.get('kind') || 'units'),
        field('id', t('id'), params.get('id'), { required: true, placeholder: 'LB' }),
        field('period', t('period'), params.get('period'), { placeholder: t('periodHint') }),
        field('asOf', t('asOf'), params.get('asOf'), { placeholder: '2024-07-01T00:00:00+07:00' })]));
      if (!params.get('id')) { return; }
      const query = new URLSearchParams(params);
      const kind = query.get('kind') || 'units';
      const id = query.get('id');
      query.delete('kind');
      query.delete('id');
      const path = '/api/audit/' + encodeURIComponent(kind) + '/' + encodeURIComponent(id) + '?' + query;
      const trail = await api(path);
      view.append(downloads(path), table([t('position'), t('recordedAt'), t('type'), t('businessTime'), t('actor'),
        t('data')], trail.entries.map(e => [number(e.position), e.recordedAt, e.type, e.occurredOn || e.period || '',
          e.actor || '', el('code', {}, JSON.stringify(e.data))]), 'audit-table'));
    }
  };

  function downloads(path) {
    const join = path.includes('?') ? '&' : '?';
    return el('p', { class: 'downloads' }, t('download') + ': ', ['pdf', 'xlsx', 'csv'].map(format =>
      el('button', { type: 'button', class: 'link', id: 'download-' + format, onclick: () =>
        download(path + join + 'format=' + format).catch(e => alert(e.message)) }, format.toUpperCase())));
  }

  async function route() {
    stopStream();
    const hash = window.location.hash || '#/rankings';
    const [name, query] = hash.substring(2).split('?');
    const render = views[name] || views.rankings;
    document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === name));
    const view = document.getElementById('view');
    view.replaceChildren();
    try {
      await render(new URLSearchParams(query || ''), view);
    } catch (e) {
      view.append(problem(e));
    }
  }

  return {
    loginPage() {
      translatePage();
      const formEl = document.getElementById('login');
      formEl.addEventListener('submit', async event => {
        event.preventDefault();
        const user = document.getElementById('username').value.trim();
        const auth = basic(user, document.getElementById('password').value);
        const response = await fetch('/api/account', { headers: { 'Authorization': auth, 'X-Requested-With': 'XMLHttpRequest' } });
        const error = document.getElementById('error');
        if (!response.ok) {
          error.textContent = t('badLogin');
          error.hidden = false;
          return;
        }
        sessionStorage.setItem(AUTH, auth);
        sessionStorage.setItem(USER, JSON.stringify(await response.json()));
        window.location.href = '/' + (new URLSearchParams(window.location.search).get('next') || '');
      });
    },

    appPage() {
      if (!sessionStorage.getItem(AUTH)) { toLogin(); return; }
      translatePage();
      const account = JSON.parse(sessionStorage.getItem(USER) || '{}');
      document.getElementById('who').textContent = (account.username || '') + (account.role ? ' (' + account.role + ')' : '');
      document.getElementById('logout').addEventListener('click', event => { event.preventDefault(); stopStream(); toLogin(); });
      window.addEventListener('hashchange', route);
      this.rerender = route;
      route();
    }
  };
})();
