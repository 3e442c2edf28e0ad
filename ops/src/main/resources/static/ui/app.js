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
      disabledAccount: 'Tài khoản đã bị vô hiệu hoá; hãy liên hệ quản trị viên.',
      navWhatIf: 'So sánh phương án', navDossier: 'Hồ sơ kiểm tra', navAudit: 'Nhật ký',
      asOfEntry: 'Xem sổ như lúc vừa ghi mục này', missingList: 'Còn thiếu', positionLine: 'Tính đến vị trí {0}',
      readOnlyImport: 'Tài khoản chỉ đọc (READER) không nhập được dữ liệu; hãy dùng tài khoản có quyền ghi (WRITER).',
      navImport: 'Nhập đánh giá', file: 'Tệp CSV hoặc XLSX', importSend: 'Nhập tệp', row: 'Dòng', column: 'Cột',
      problemCol: 'Lỗi', importPeriodHint: '2024-05 (bỏ trống nếu tệp có cột tháng)',
      imported: 'Đã nhập {0} dòng: {1} sự kiện, vị trí {2} đến {3}.',
      importUnchanged: 'Đã nhập {0} dòng: không dòng nào thay đổi, không ghi sự kiện nào.',
      importHint: 'Kết quả đánh giá hằng tháng của một đơn vị: dòng tiêu đề có mã cán bộ (personId), các mã tiêu chí '
        + 'và tùy chọn tháng, ghi chú. Tệp có lỗi thì không dòng nào được ghi; mọi lỗi được liệt kê theo dòng.',
      cluster: 'Cụm, khối', period: 'Kỳ', criteriaSet: 'Bộ tiêu chí', asOf: 'Tính đến (asOf)', unit: 'Đơn vị',
      show: 'Xem', kind: 'Loại', id: 'Mã', baseline: 'Phương án hiện hành', candidate: 'Phương án đề xuất',
      rank: 'Hạng', positionCol: 'Vị trí', unitName: 'Tên đơn vị', score: 'Điểm', penalty: 'Trừ điểm', violations: 'Vi phạm',
      level: 'Mức', movement: 'Thay đổi', live: 'Trực tiếp', updatedAt: 'cập nhật lúc', position: 'vị trí',
      reconnecting: 'Mất kết nối, đang kết nối lại…', noRows: 'Không có dòng nào', person: 'Cán bộ',
      fullName: 'Họ và tên', adjustedBy: 'Điều chỉnh', months: 'Số tháng', indicator: 'Chỉ số', result: 'Kết quả',
      summary: 'Nội dung', entries: 'Căn cứ (vị trí)', recordedAt: 'Thời điểm ghi', type: 'Sự kiện',
      businessTime: 'Thời gian nghiệp vụ', actor: 'Người ghi', data: 'Nội dung', download: 'Tải về',
      rankDelta: 'Chênh hạng', rankDeltaTitle: 'Thay đổi hạng theo phiên bản đề xuất so với phiên bản gốc (▲ lên, ▼ xuống)',
      scoreDelta: 'Chênh điểm', criteriaDelta: 'Chênh theo tiêu chí', criteriaDeltaTitle: 'Tiêu chí có điểm khác nhau giữa hai phương án (phương án đề xuất so với hiện hành)', basis: 'Căn cứ xếp loại', loading: 'Đang tải…',
      periodHint: '2024-05, 2024-Q2, 2024',
      periodTitle: 'Tháng 2024-05, quý 2024-Q2, 6 tháng 2024-H1, năm 2024, khoảng 2024-01-01..2024-06-30',
      MET: 'Đạt', PARTLY_MET: 'Đạt một phần', NOT_MET: 'Không đạt', NO_DATA: 'Chưa có số liệu',
      expired: 'Phiên đăng nhập đã hết hoặc tài khoản đã thay đổi; hãy đăng nhập lại.',
      serverError: 'Máy chủ không trả lời được (HTTP {0}); hãy thử lại sau.',
      offline: 'Không kết nối được máy chủ; hãy kiểm tra mạng rồi thử lại.',
      badAnswer: 'Máy chủ trả lời không đúng định dạng; hãy thử lại.',
      retrying: 'Mất kết nối ({0}), đang thử lại…', network: 'mạng',
      asOfHint: 'pos:120 hoặc 2026-12-06T10:00',
      asOfTitle: 'Xem như sổ đã ghi đến vị trí hoặc thời điểm này (thời điểm ghi, không phải ngày nghiệp vụ)',
      unconfirmed: '⚠ Trọng số của bộ tiêu chí này CHƯA ĐƯỢC XÁC NHẬN: kết quả chỉ để tham khảo.',
      noEvaluations: 'Chưa có đơn vị nào của cụm được đánh giá trong kỳ này: mọi điểm đều bằng 0.',
      notEvaluated: 'Chưa được đánh giá trong kỳ: không xếp hạng',
      periodNotBegun: 'Kỳ này chưa bắt đầu (từ {0}): chưa có gì để xếp hạng.',
      quotaLine: 'Mức {0} tối đa {1} số người được xếp loại', quotaLevelLine: 'Mức {0} tối đa {1} số người đạt mức {2}', exceptionalUnit: 'đơn vị được công nhận xuất sắc',
      otherSets: 'Đơn vị được đánh giá theo bộ tiêu chí khác với bảng này (điểm được đọc theo bộ của bảng, tiêu chí không có trong bộ ấy không được tính): {0}',
      noMembers: 'Cụm, khối này không có đơn vị thành viên nào trong kỳ.',
      asOfShown: 'Như sổ đã ghi tính đến {0} (vị trí {1}); không cập nhật trực tiếp.',
      asOfPosition: 'Như sổ đã ghi tính đến vị trí {0}; không cập nhật trực tiếp.',
      levelChanged: 'Phương án mới đổi mức của đơn vị này',
      unknownCluster: 'Không có cụm, khối thi đua {0}; hãy chọn một cụm trong danh sách.',
      unknownSetVersion: 'Không có phiên bản bộ tiêu chí {0} trong danh sách; hãy chọn một phiên bản.',
      unknownKind: 'Không có loại nhật ký {0}; hãy chọn một loại trong danh sách.',
      unconfirmedSide: '⚠ Trọng số của {0} CHƯA ĐƯỢC XÁC NHẬN: kết quả của phương án này chỉ để tham khảo.',
      sameVersion: 'Hai bên cùng một phiên bản ({0}): chưa có phiên bản bộ tiêu chí tập thể nào khác để so sánh, hãy ban hành một phiên bản mới hoặc chọn bộ khác.',
      movementTitle: 'Thay đổi hạng so với kỳ trước', movedUp: 'tăng {0} bậc', movedDown: 'giảm {0} bậc',
      movedSame: 'giữ nguyên hạng', levelByScore: 'Mức theo điểm', basisOf: 'Căn cứ',
      correctsEntry: 'Đính chính mục ở vị trí {0}', importedWith: 'Nhập từ tệp, lần nhập {0}',
      charset: 'Bảng mã (tệp CSV)', charsetUtf8: 'UTF-8 (Excel: CSV UTF-8)',
      charsetWindows: 'Windows-1258 (Excel: CSV trên Windows tiếng Việt)',
      MONTHLY: 'Theo tháng', MEAN_OF_MONTHS: 'Trung bình các tháng trong kỳ',
      DECREE_90_2020_48_2023: 'Nghị định 90/2020, 48/2023', DECREE_335_2025: 'Nghị định 335/2025',
      SANCTION_CAP: 'Giới hạn do kỷ luật', QUOTA: 'Vượt tỷ lệ tối đa', DISCIPLINED_IN_YEAR: 'Bị kỷ luật trong năm',
      MATERNITY_LEAVE_EXCEPTED: 'Nghỉ thai sản được tính', WORKED_UNDER_6_MONTHS: 'Công tác dưới 6 tháng',
      ABSENT_3_TO_6_MONTHS: 'Nghỉ từ 3 đến dưới 6 tháng',
      'kind.units': 'Đơn vị', 'kind.persons': 'Cá nhân', 'kind.campaigns': 'Phong trào, cuộc vận động',
      'kind.pledges': 'Bản cam kết', 'kind.clusters': 'Cụm, khối thi đua', 'kind.violations': 'Vi phạm',
      'kind.evaluations': 'Đánh giá, xếp loại', 'kind.surveys': 'Khảo sát sự hài lòng',
      'kind.inspections': 'Kiểm tra, giám sát', 'kind.commendations': 'Khen thưởng', 'kind.criteria-sets': 'Bộ tiêu chí',
      'kind.registrations': 'Đăng ký thi đua', 'kind.covenants': 'Giao ước thi đua', 'kind.reports': 'Báo cáo',
      'kind.reviews': 'Sơ kết, tổng kết', 'kind.users': 'Người dùng'
    },
    en: {
      appName: 'Thi Đua Ledger', loginHint: 'Sign in to see standings, audit trails and inspection dossiers.',
      username: 'User name', password: 'Password', signIn: 'Sign in', signOut: 'Sign out',
      badLogin: 'Wrong user name or password', navRankings: 'Standings', navClassifications: 'Classifications',
      disabledAccount: 'This account is disabled; ask an administrator.',
      navWhatIf: 'What-if', navDossier: 'Dossier', navAudit: 'Audit trail',
      asOfEntry: 'See the ledger as it stood with this entry', missingList: 'Missing', positionLine: 'As of position {0}',
      readOnlyImport: 'A read-only account (READER) cannot import; use an account that may write (WRITER).',
      navImport: 'Import evaluations', file: 'CSV or XLSX file', importSend: 'Import', row: 'Row', column: 'Column',
      problemCol: 'Problem', importPeriodHint: '2024-05 (blank when the file has a period column)',
      imported: 'Imported {0} rows: {1} events, positions {2} to {3}.',
      importUnchanged: 'Imported {0} rows: none changed, no event stored.',
      importHint: 'A unit\'s monthly evaluations: a header with personId, the criterion codes and optionally the '
        + 'period and a note. A file with any error stores nothing; every error is listed by row.',
      cluster: 'Cluster', period: 'Period', criteriaSet: 'Criteria set', asOf: 'As of', unit: 'Unit',
      show: 'Show', kind: 'Kind', id: 'Id', baseline: 'Baseline', candidate: 'Candidate',
      rank: 'Rank', positionCol: 'Position', unitName: 'Unit name', score: 'Score', penalty: 'Penalty', violations: 'Violations',
      level: 'Level', movement: 'Movement', live: 'Live', updatedAt: 'updated at', position: 'position',
      reconnecting: 'Connection lost, reconnecting…', noRows: 'No rows', person: 'Person',
      fullName: 'Full name', adjustedBy: 'Adjusted by', months: 'Months', indicator: 'Indicator', result: 'Result',
      summary: 'Summary', entries: 'Entries (positions)', recordedAt: 'Recorded at', type: 'Event',
      businessTime: 'Business time', actor: 'Actor', data: 'Data', download: 'Download',
      rankDelta: 'Rank delta', rankDeltaTitle: 'Rank under the candidate against the baseline (▲ up, ▼ down)',
      scoreDelta: 'Score delta', criteriaDelta: 'By criterion', criteriaDeltaTitle: 'Criteria scored differently by the two versions (candidate against baseline)', basis: 'Basis', loading: 'Loading…',
      periodHint: '2024-05, 2024-Q2, 2024',
      periodTitle: 'Month 2024-05, quarter 2024-Q2, half 2024-H1, year 2024, range 2024-01-01..2024-06-30',
      MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met', NO_DATA: 'No data',
      expired: 'Your session ended or your account changed; please sign in again.',
      serverError: 'The server could not answer (HTTP {0}); please try again later.',
      offline: 'Cannot reach the server; check the network and try again.',
      badAnswer: 'The server sent an unreadable answer; please try again.',
      retrying: 'Connection lost ({0}), retrying…', network: 'network',
      asOfHint: 'pos:120 or 2026-12-06T10:00',
      asOfTitle: 'As the ledger stood at this position or moment (record time, not business date)',
      unconfirmed: '⚠ This criteria set\'s weights are UNCONFIRMED: the results are indicative only.',
      noEvaluations: 'No unit of the cluster was evaluated in this period: every score is 0.',
      notEvaluated: 'Not evaluated in the period: no rank',
      periodNotBegun: 'This period has not begun (from {0}): nothing to rank yet.',
      quotaLine: 'Level {0} at most {1} of those classified', quotaLevelLine: 'Level {0} at most {1} of those rated {2}', exceptionalUnit: 'unit recognised as exceptional',
      otherSets: 'Units evaluated under another criteria set than this ranking\'s (their points are read under the ranking\'s set; a criterion it lacks counts nothing): {0}',
      noMembers: 'This cluster has no member units in the period.',
      asOfShown: 'As the ledger stood at {0} (position {1}); not updated live.',
      asOfPosition: 'As the ledger stood at position {0}; not updated live.',
      levelChanged: 'The candidate changes this unit\'s level',
      unknownCluster: 'There is no cluster {0}; choose one from the list.',
      unknownSetVersion: 'There is no criteria set version {0} in the list; choose one.',
      unknownKind: 'There is no kind of trail {0}; choose one from the list.',
      unconfirmedSide: '⚠ The weights of {0} are UNCONFIRMED: this side\'s results are indicative only.',
      sameVersion: 'Both sides use the same version ({0}): there is no other unit criteria version to compare with yet; publish a new version or choose another set.',
      movementTitle: 'Change of rank since the previous period', movedUp: 'up {0}', movedDown: 'down {0}',
      movedSame: 'same rank', levelByScore: 'Level by score', basisOf: 'Basis',
      correctsEntry: 'Corrects the entry at position {0}', importedWith: 'Imported from a file, import {0}',
      charset: 'Encoding (CSV files)', charsetUtf8: 'UTF-8 (Excel: CSV UTF-8)',
      charsetWindows: 'Windows-1258 (Excel: CSV on a Vietnamese Windows)',
      MONTHLY: 'Monthly', MEAN_OF_MONTHS: 'Mean of the period\'s months',
      DECREE_90_2020_48_2023: 'Decree 90/2020, 48/2023', DECREE_335_2025: 'Decree 335/2025',
      SANCTION_CAP: 'Capped by a sanction', QUOTA: 'Over the quota', DISCIPLINED_IN_YEAR: 'Disciplined in the year',
      MATERNITY_LEAVE_EXCEPTED: 'Maternity leave counted', WORKED_UNDER_6_MONTHS: 'Worked under 6 months',
      ABSENT_3_TO_6_MONTHS: 'Absent 3 to 6 months',
      'kind.units': 'Units', 'kind.persons': 'Persons', 'kind.campaigns': 'Campaigns', 'kind.pledges': 'Pledges',
      'kind.clusters': 'Clusters', 'kind.violations': 'Violations', 'kind.evaluations': 'Evaluations',
      'kind.surveys': 'Surveys', 'kind.inspections': 'Inspections', 'kind.commendations': 'Commendations',
      'kind.criteria-sets': 'Criteria sets', 'kind.registrations': 'Registrations', 'kind.covenants': 'Covenants',
      'kind.reports': 'Reports', 'kind.reviews': 'Reviews', 'kind.users': 'Users'
    }
  };

  function lang() { return sessionStorage.getItem(LANG) || 'vi'; }
  function t(key, ...args) {
    const text = (TEXT[lang()] || TEXT.vi)[key] || TEXT.vi[key] || key;
    return args.reduce((out, arg, i) => out.replace('{' + i + '}', arg), text);
  }

  function translatePage() {
    document.documentElement.lang = lang();
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.title = (document.body.classList.contains('login') ? t('signIn') + ' — ' : '') + t('appName');
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

  /**
   * To the sign-in page, which brings the user back to this view afterwards; {@code reason} 'expired' tells them
   * why they are asked again (a password changed, an account disabled).
   */
  function toLogin(reason) {
    sessionStorage.removeItem(AUTH);
    const query = new URLSearchParams();
    if (window.location.hash.startsWith('#/')) { query.set('next', window.location.hash); }
    if (reason) { query.set('reason', reason); }
    window.location.href = '/login.html' + (query.toString() ? '?' + query : '');
  }

  /** Only a view of this page may be returned to after signing in, never another site. */
  function safeNext(next) {
    return /^#\/[a-z-]*(\?[^#]*)?$/.test(next || '') ? next : '';
  }

  /** The text of a problem answer: its detail, then any field error the detail does not already say. */
  function problemText(body, response) {
    const main = (body && (body.detail || body.title)) || t('serverError', response.status);
    const fields = body && Array.isArray(body.errors)
      ? body.errors.filter(e => e && e.message && !main.includes(e.message))
        .map(e => (e.field ? e.field + ': ' : '') + e.message) : [];
    return main + (fields.length ? ' — ' + fields.join('; ') : '');
  }

  /** fetch, with a network failure told in the user's language. */
  async function request(path, init) {
    try {
      return await fetch(path, init);
    } catch (e) {
      if (init && init.signal && init.signal.aborted) { throw e; }
      throw new Error(t('offline'));
    }
  }

  /** GETs JSON from the API; a problem answer becomes an Error with its detail and every field error. */
  async function api(path) {
    const response = await request(path, { headers: headers({ 'Accept': 'application/json' }) });
    if (response.status === 401) {
      toLogin('expired');
      throw new Error(t('expired'));
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(problemText(body, response));
    }
    if (body === null) {
      throw new Error(t('badAnswer'));
    }
    return body;
  }

  /** Downloads an export with the credentials a plain link would not carry. */
  async function download(path) {
    const response = await request(path, { headers: headers() });
    if (response.status === 401) {
      toLogin('expired');
      throw new Error(t('expired'));
    }
    if (!response.ok) {
      throw new Error(problemText(await response.json().catch(() => null), response));
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
    // a column is a heading, or [heading, its explanation]; wide tables scroll inside their box on a phone
    return el('div', { class: 'scroll' }, el('table', { id },
      el('thead', {}, el('tr', {}, columns.map(c => Array.isArray(c)
        ? el('th', { scope: 'col', title: c[1] }, c[0]) : el('th', { scope: 'col' }, c)))),
      el('tbody', {}, rows.map(r => el('tr', {}, r.map(cell => el('td', {}, whole(cell))))))));
  }

  /** An id, a date or a number kept on one line (a browser would break "LB-PNV-01" at its hyphens); text wraps. */
  function whole(value) {
    return typeof value === 'string' && value !== '' && !/\s/.test(value) ? el('span', { class: 'nw' }, value) : value;
  }

  function field(name, label, value, attrs) {
    // a unit is chosen from the units recorded, by code or by name, rather than typed from memory
    const choices = name === 'unit' ? { list: unitChoices(), autocomplete: 'off' } : {};
    return el('label', {}, el('span', {}, label),
      el('input', Object.assign({ name, id: 'f-' + name, value: value || '' }, choices, attrs || {})));
  }

  /** The id of a list of the units recorded (code, name beside it), read once a page and kept. */
  function unitChoices() {
    const id = 'units-list';
    if (!document.getElementById(id)) {
      const list = el('datalist', { id });
      document.body.append(list);
      api('/api/units').then(answer => list.replaceChildren(...(answer.units || []).map(u =>
        el('option', { value: u.id, label: u.name }, u.name)))).catch(() => list.remove());
    }
    return id;
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

  /** A score as its readers write it: 93,34 in Vietnamese, 93.34 in English. */
  function decimal(value) {
    if (value === null || value === undefined || value === '') { return ''; }
    return Number(value).toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-US',
      { maximumFractionDigits: 4, useGrouping: false });
  }

  /** A day as its readers write it: 12/09/2024 in Vietnamese; as the API writes it (2024-09-12) in English. */
  function day(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m && lang() === 'vi' ? m[3] + '/' + m[2] + '/' + m[1] : (iso || '');
  }

  /**
   * A value of a field that holds a day (signedOn, from, dueBefore…): the day as its readers write it; anything else,
   * and a value of any other field (an id may read 2024-06-30), as it is.
   */
  function dayOr(value, key) {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      && /(On|^from|From|^to|To|Before|^date|Date)$/.test(key || '') ? day(value) : value;
  }

  /** A period as its readers say it: "tháng 5/2024", "quý II/2024", "6 tháng đầu năm 2024"; others as written. */
  function periodText(period) {
    if (lang() !== 'vi' || !period) { return period || ''; }
    let m;
    if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period))) {
      return 'từ ' + day(m[1]) + ' đến ' + day(m[2]);
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(period))) { return 'tháng ' + Number(m[2]) + '/' + m[1]; }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) { return 'quý ' + ['I', 'II', 'III', 'IV'][m[2] - 1] + '/' + m[1]; }
    if ((m = /^(\d{4})-H([12])$/.exec(period))) { return '6 tháng ' + (m[2] === '1' ? 'đầu' : 'cuối') + ' năm ' + m[1]; }
    if ((m = /^(\d{4})$/.exec(period))) { return 'năm ' + m[1]; }
    if ((m = /^campaign:(.+):(mid-term|final)$/.exec(period))) {
      return (m[2] === 'final' ? 'tổng kết ' : 'sơ kết ') + m[1];
    }
    return period;
  }

  /**
   * A record time in Vietnam's time zone (UTC+7 all year), to the millisecond and written as the exported files
   * write it: copied into "Tính đến (asOf)", it asks for the trail as it stood with that entry.
   */
  function moment(iso) {
    if (!iso) { return ''; }
    const local = new Date(Date.parse(iso) + 7 * 3600 * 1000);
    const two = n => String(n).padStart(2, '0');
    // the day the Vietnamese way in Vietnamese (the server reads it back the same in asOf)
    const date = lang() === 'vi'
      ? two(local.getUTCDate()) + '/' + two(local.getUTCMonth() + 1) + '/' + local.getUTCFullYear()
      : local.getUTCFullYear() + '-' + two(local.getUTCMonth() + 1) + '-' + two(local.getUTCDate());
    return date + ' '
      + two(local.getUTCHours()) + ':' + two(local.getUTCMinutes()) + ':' + two(local.getUTCSeconds()) + '.'
      + String(local.getUTCMilliseconds()).padStart(3, '0') + ' +07:00';
  }

  /** "As the ledger stood at … (position N)", the position said once when it is what was asked for. */
  function asOfNotice(asOf, position) {
    return /^pos:/i.test(asOf || '') ? t('asOfPosition', number(position)) : t('asOfShown', asOf, number(position));
  }

  /** Codes the server answers with, in words where the UI knows them (the code stays, for the record). */
  function named(code) {
    const text = t(code);
    return text === code ? code : text;
  }

  /** The render that is current: a slower answer for a view the user has left is dropped, not shown. */
  let generation = 0;
  let stream = null;
  function stopStream() {
    if (stream) { stream.abort(); stream = null; }
  }

  /**
   * Follows the live standings: the server sends a ranking at once and again whenever new facts change it. Read
   * with fetch (EventSource cannot send credentials). The server ends a stream after a while so that the
   * credentials are shown again: then it reconnects at once; after a break or an answer of the server's trouble it
   * retries, waiting longer each time; a refusal of the query itself (4xx) is told and not retried.
   */
  function follow(token, query, onRanking, onState) {
    if (token !== generation) { return; }
    stopStream();
    const controller = new AbortController();
    stream = controller;
    let delay = 1000;
    const retry = reason => {
      onState({ retrying: reason });
      setTimeout(() => { if (!controller.signal.aborted) { connect(); } }, delay);
      delay = Math.min(delay * 2, 30000);
    };
    const connect = async () => {
      const opened = Date.now();
      let response;
      try {
        response = await fetch('/api/stream/rankings?' + query,
          { headers: headers({ 'Accept': 'text/event-stream' }), signal: controller.signal });
      } catch (e) {
        if (!controller.signal.aborted) { retry(t('network')); }
        return;
      }
      if (response.status === 401) { toLogin('expired'); return; }
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        if (response.status >= 500 || response.status === 421 || response.status === 429) {
          retry('HTTP ' + response.status);
        } else {
          onState({ error: problemText(body, response) });
        }
        return;
      }
      try {
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
            if (data) {
              delay = 1000;
              onRanking(JSON.parse(data));
            }
          }
        }
      } catch (e) {
        if (!controller.signal.aborted) { retry(t('network')); }
        return;
      }
      if (controller.signal.aborted) { return; }
      // ended by the server (its streams' age): at once, unless it keeps ending them straight away
      if (Date.now() - opened > 5000) { connect(); } else { retry(t('network')); }
    };
    connect();
  }

  async function clusterOptions() {
    const clusters = (await api('/api/clusters')).clusters;
    return clusters.map(c => [c.id, c.name + ' (' + c.id + ')']);
  }

  async function unitSets() {
    return (await api('/api/criteria-sets?subject=UNIT')).criteriaSets;
  }

  function setOptions(sets) {
    return sets.map(s => [s.id + '@' + s.version, s.id + '@' + s.version + (s.title ? ' — ' + s.title : '')]);
  }

  /** A select's value as the query will use it: the one asked for when it is offered, else the first offered. */
  function chosen(options, value) {
    return options.some(([v]) => v === value) ? value : (options[0] || [])[0];
  }

  function periodField(params, attrs) {
    return field('period', t('period'), params.get('period'),
      Object.assign({ placeholder: t('periodHint'), title: t('periodTitle') }, attrs || {}));
  }

  function asOfField(params) {
    return field('asOf', t('asOf'), params.get('asOf'), { placeholder: t('asOfHint'), title: t('asOfTitle') });
  }

  const views = {
    async rankings(params, view, token) {
      const [clusters, sets] = await Promise.all([clusterOptions(), unitSets().catch(() => [])]);
      const cluster = chosen(clusters, params.get('cluster'));
      view.append(form('rankings', [
        select('cluster', t('cluster'), clusters, cluster),
        periodField(params, { required: true }),
        field('criteriaSet', t('criteriaSet'), params.get('criteriaSet'), { placeholder: 'VN.VHCS-DV@1' }),
        asOfField(params)]));
      if (!params.get('cluster') || !params.get('period')) { return; }
      // a cluster asked for by a link but unknown is said so, never replaced by another one's standings
      if (cluster !== params.get('cluster')) { throw new Error(t('unknownCluster', params.get('cluster'))); }
      const status = el('p', { class: 'live', id: 'live', role: 'status', 'aria-live': 'polite' }, t('loading'));
      const holder = el('div', { id: 'ranking' });
      view.append(status, holder);
      const labels = {};
      const levels = {};
      const known = new Set();
      const learn = loaded => loaded.forEach(s => {
        known.add(s.id + '@' + s.version);
        (s.criteria || []).forEach(c => { labels[s.id + '@' + s.version + ' ' + c.code] = c.label; });
        Object.assign(levels, bandLabels([s]));
      });
      learn(sets);
      let previous = {};
      let shownLast = 0;
      // a ranking under a set published since the view opened is shown at once, then again with the set's names
      // once they are fetched (the list of sets may reach the new version a moment after the ranking does), unless a
      // newer ranking came meanwhile
      const show = ranking => {
        const mine = ++shownLast;
        const before = previous;
        render(ranking, before);
        if (known.has(ranking.criteriaSet)) { return; }
        (async () => {
          for (let attempt = 0; attempt < 5 && !known.has(ranking.criteriaSet) && mine === shownLast; attempt++) {
            if (attempt) { await new Promise(resolve => setTimeout(resolve, 400 * attempt)); }
            try { learn(await unitSets()); } catch (e) { /* shown with its codes, as before */ }
            if (known.has(ranking.criteriaSet) && mine === shownLast) { render(ranking, before); }
          }
        })();
      };
      const render = (ranking, before) => {
        const codes = [];
        ranking.rows.forEach(r => Object.keys(r.breakdown || {}).forEach(c => { if (!codes.includes(c)) { codes.push(c); } }));
        const evaluated = ranking.rows.some(r => r.evaluations > 0);
        const empty = !ranking.rows.length;
        const elsewhere = ranking.rows.filter(r => (r.recordedUnder || []).some(set => set !== ranking.criteriaSet))
          .map(r => r.unitId + ' (' + r.recordedUnder.join(', ') + ')');
        // a unit nobody evaluated in the period holds no place: its rank would only follow its id
        const rows = ranking.rows.map(r => [r.evaluations === 0 ? el('span', { title: t('notEvaluated') }, '—')
          : number(r.rank), r.unitId, r.unitName, decimal(r.score),
          ...codes.map(c => decimal((r.breakdown || {})[c])), decimal(r.penalty), number(r.violations),
          levelText(r.level, levels[ranking.criteriaSet + ' ' + r.level]),
          !evaluated || r.movement === null || r.movement === undefined ? ''
            // the arrow said in words too, for a screen reader
            : r.movement > 0 ? el('span', { 'aria-label': t('movedUp', r.movement), title: t('movedUp', r.movement) },
              '▲' + r.movement)
              : r.movement < 0 ? el('span', { 'aria-label': t('movedDown', -r.movement),
                title: t('movedDown', -r.movement) }, '▼' + (-r.movement))
                : el('span', { 'aria-label': t('movedSame'), title: t('movedSame') }, '=')]);
        const next = table([t('rank'), t('unit'), t('unitName'), t('score'),
          ...codes.map(c => { const label = labels[ranking.criteriaSet + ' ' + c]; return label ? [label, c] : c; }),
          t('penalty'), t('violations'), t('level'), [t('movement'), t('movementTitle')]], rows, 'ranking-table');
        next.querySelectorAll('tbody tr').forEach((tr, i) => {
          const r = ranking.rows[i];
          tr.dataset.unit = r.unitId;
          if (before[r.unitId] !== undefined && String(before[r.unitId]) !== String(r.score)) { tr.classList.add('changed'); }
        });
        previous = Object.fromEntries(ranking.rows.map(r => [r.unitId, r.score]));
        holder.classList.remove('stale');
        holder.replaceChildren(el('h2', {}, ranking.clusterName + ' — ' + periodText(ranking.period)),
          el('p', { class: 'muted' }, t('criteriaSet') + ': ' + ranking.criteriaSet
            + (ranking.criteriaSetTitle ? ' (' + ranking.criteriaSetTitle + ')' : '')),
          ranking.criteriaSetUnconfirmed ? el('p', { class: 'warning', id: 'unconfirmed' }, t('unconfirmed')) : '',
          ranking.from && ranking.from > todayInVietnam()
            ? el('p', { class: 'warning', id: 'not-begun' }, t('periodNotBegun', day(ranking.from)))
            : evaluated || empty ? '' : el('p', { class: 'warning', id: 'no-evaluations' }, t('noEvaluations')),
          elsewhere.length ? el('p', { class: 'warning', id: 'other-sets' }, t('otherSets', elsewhere.join('; '))) : '',
          empty ? el('p', { class: 'muted', id: 'ranking-table' }, t('noMembers')) : next);
        status.dataset.position = ranking.position;
      };
      if (params.get('asOf')) {
        // the ledger as it stood then: a fixed view, nothing to follow
        try {
          show(await api('/api/rankings?' + params));
        } catch (e) {
          status.remove(); // nothing is loading any more: the problem says why
          throw e;
        }
        status.textContent = asOfNotice(params.get('asOf'), status.dataset.position);
        status.className = 'live fixed';
        return;
      }
      follow(token, params.toString(), ranking => {
        show(ranking);
        status.textContent = '● ' + t('live') + ' — ' + t('updatedAt') + ' ' + new Date().toLocaleTimeString(
          lang() === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }) + ' (GMT+7) ('
          + t('position') + ' ' + ranking.position + ')';
        status.className = 'live on';
      }, state => {
        status.className = 'live off';
        holder.classList.add('stale');
        status.textContent = state.error || t('retrying', state.retrying);
      });
    },

    async classifications(params, view) {
      view.append(form('classifications', [
        field('unit', t('unit'), params.get('unit'), { required: true, placeholder: 'LB-PNV' }),
        periodField(params, { required: true }),
        field('criteriaSet', t('criteriaSet'), params.get('criteriaSet'), { placeholder: 'VN.HN-1841' }),
        asOfField(params)]));
      if (!params.get('unit') || !params.get('period')) { return; }
      const [answer, personSets] = await Promise.all([api('/api/classifications?' + params),
        api('/api/criteria-sets?subject=PERSON').then(c => c.criteriaSets).catch(() => [])]);
      const levels = bandLabels(personSets);
      // each row is leveled under its own set: its words are that set's
      const label = (r, level) => levels[(r.criteriaSet || answer.criteriaSet) + ' ' + level];
      const severalSets = (answer.criteriaSets || []).length > 1;
      // whose and which period, as a printout must say
      view.append(el('h2', {}, t('unit') + ' ' + answer.unit + ' — ' + periodText(answer.period)));
      view.append(el('p', { class: 'muted', id: 'basis' }, t('basis') + ': ' + named(answer.basis)
        + (answer.criteriaSet ? ' · ' + t('criteriaSet') + ': ' + answer.criteriaSet : '')
        + ' · ' + t('position') + ' ' + answer.position));
      if (answer.quota) {
        // the share a demotion ("over the quota") was held to, said before the rows it changed
        const base = String(answer.quota.base || '');
        const share = decimal(Math.round(answer.quota.maxShare * 10000) / 100) + '%';
        view.append(el('p', { class: 'muted', id: 'quota' }, (base.startsWith('LEVEL:')
          ? t('quotaLevelLine', answer.quota.level, share, base.substring(6)) : t('quotaLine', answer.quota.level, share))
          + (answer.quota.exceptionalUnit ? ' (' + t('exceptionalUnit') + ')' : '')));
      }
      if (answer.criteriaSetUnconfirmed) {
        view.append(el('p', { class: 'warning', id: 'unconfirmed' }, t('unconfirmed')));
      }
      const yearly = answer.rows.some(r => r.levelLabel);
      // rows without a penalty (none the view computes) have no empty column for it
      const penalties = answer.rows.some(r => r.penalty !== undefined && r.penalty !== null);
      const months = answer.rows.some(r => r.monthsEvaluated !== undefined && r.monthsEvaluated !== null);
      view.append(table([t('person'), t('fullName'), t('score')].concat(penalties ? [t('penalty')] : []).concat(
        months ? [t('months')] : []).concat([t('levelByScore'),
        t('level'), t('adjustedBy')]).concat(yearly ? [t('basisOf')] : []).concat(severalSets ? [t('criteriaSet')] : []),
      answer.rows.map(r => [r.personId, r.fullName || '', decimal(r.score)].concat(penalties ? [decimal(r.penalty)] : [])
        .concat(months ? [number(r.monthsEvaluated === undefined ? '' : r.monthsEvaluated)] : [])
        .concat([levelText(r.levelByScore, r.levelByScoreLabel || label(r, r.levelByScore)),
        levelText(r.level, r.levelLabel || label(r, r.level)), (r.adjustedBy || []).map(named).join(', ')])
        .concat(yearly ? [named(r.basis || answer.basis)] : [])
        .concat(severalSets ? [r.criteriaSet || answer.criteriaSet || ''] : [])), 'classification-table'));
    },

    async whatif(params, view) {
      const [clusters, unitVersions] = await Promise.all([clusterOptions(), unitSets()]);
      const sets = setOptions(unitVersions);
      const levels = bandLabels(unitVersions);
      // each criterion by its name in the candidate's set, else in the baseline's ("Thực hiện chủ trương −2,4")
      const named = {};
      unitVersions.forEach(s => (s.criteria || []).forEach(c => { named[s.id + '@' + s.version + ' ' + c.code] = c.label; }));
      // two different versions side by side unless asked otherwise: the same twice shows nothing
      const baseline = chosen(sets, params.get('baseline'));
      // with a single version there is nothing else to show: the same one, said so, rather than a refused request
      const candidate = params.get('candidate') || (sets.find(([v]) => v !== baseline) || [])[0] || baseline;
      const cluster = chosen(clusters, params.get('cluster'));
      view.append(form('whatif', [
        select('cluster', t('cluster'), clusters, cluster),
        periodField(params, { required: true }),
        select('baseline', t('baseline'), sets, baseline),
        select('candidate', t('candidate'), sets, candidate)]));
      if (!params.get('cluster') || !params.get('period')) { return; }
      if (cluster !== params.get('cluster')) { throw new Error(t('unknownCluster', params.get('cluster'))); }
      // a version a link names but the list lacks is said so, never silently replaced by the one the form shows
      ['baseline', 'candidate'].forEach(side => {
        const named = params.get(side);
        if (named && !sets.some(([v]) => v === named)) { throw new Error(t('unknownSetVersion', named)); }
      });
      // the versions the form shows are the ones compared, also when a link named none
      if (!params.get('baseline') && baseline) { params.set('baseline', baseline); }
      if (!params.get('candidate') && candidate) { params.set('candidate', candidate); }
      const answer = await api('/api/what-if?' + params);
      view.append(el('h2', {}, (clusters.find(([c]) => c === cluster) || [cluster, cluster])[1] + ' — '
        + periodText(params.get('period'))));
      if (answer.baseline === answer.candidate && sets.length < 2) {
        view.append(el('p', { class: 'muted', id: 'same-version' }, t('sameVersion', answer.baseline)));
      }
      [[answer.baselineUnconfirmed, answer.baseline, 'unconfirmed-baseline'],
        [answer.candidateUnconfirmed, answer.candidate, 'unconfirmed-candidate']].forEach(([flag, set, id], side) => {
        // one version on both sides is told once
        if (flag && !(side === 1 && answer.candidate === answer.baseline)) {
          view.append(el('p', { class: 'warning', id }, t('unconfirmedSide', set)));
        }
      });
      if (answer.rows.length && answer.rows.every(r => !r.baseline.level && !r.candidate.level)) {
        view.append(el('p', { class: 'warning', id: 'no-evaluations' }, t('noEvaluations')));
      }
      // each side's penalty beside its score: a council sees how much of a change the penalties make
      view.append(table([t('unit'), t('unitName'), t('baseline') + ': ' + t('rank'), t('baseline') + ': ' + t('score'),
        t('baseline') + ': ' + t('penalty'), t('baseline') + ': ' + t('level'), t('candidate') + ': ' + t('rank'),
        t('candidate') + ': ' + t('score'), t('candidate') + ': ' + t('penalty'), t('candidate') + ': ' + t('level'),
        [t('rankDelta'), t('rankDeltaTitle')], t('scoreDelta'), [t('criteriaDelta'), t('criteriaDeltaTitle')]],
      answer.rows.map(r => [r.unitId, r.unitName, placeOf(r.baseline), decimal(r.baseline.score),
        decimal(r.baseline.penalty), levelText(r.baseline.level, levels[answer.baseline + ' ' + r.baseline.level]),
        placeOf(r.candidate), decimal(r.candidate.score), decimal(r.candidate.penalty),
        levelText(r.candidate.level, levels[answer.candidate + ' ' + r.candidate.level]),
        r.rankDelta > 0 ? '▲' + r.rankDelta : r.rankDelta < 0 ? '▼' + (-r.rankDelta) : '=',
        (r.scoreDelta > 0 ? '+' : r.scoreDelta < 0 ? '−' : '') + decimal(Math.abs(r.scoreDelta)),
        criteriaDelta(r.baseline, r.candidate, code => (lang() === 'vi' && (named[answer.candidate + ' ' + code]
          || named[answer.baseline + ' ' + code])) || code)]),
      'whatif-table'));
      // a unit whose level the candidate changes is marked, for the council to see at a glance
      view.querySelectorAll('#whatif-table tbody tr').forEach((row, i) => {
        const r = answer.rows[i];
        if (r && r.baseline.level !== r.candidate.level) {
          row.classList.add('level-changed');
          row.title = t('levelChanged');
        }
      });
    },

    async dossier(params, view) {
      view.append(form('dossier', [
        field('unit', t('unit'), params.get('unit'), { required: true, placeholder: 'LB-PNV' }),
        periodField(params, { required: true }),
        asOfField(params)]));
      if (!params.get('unit') || !params.get('period')) { return; }
      const dossier = await api('/api/dossiers?' + params);
      view.append(el('h2', {}, dossier.unitName + ' (' + dossier.unitId + ') — ' + periodText(dossier.period)),
        el('p', { class: 'muted', id: 'dossier-position' }, params.get('asOf')
          ? asOfNotice(params.get('asOf'), dossier.position) : t('positionLine', number(dossier.position))),
        downloads(pinned('/api/dossiers?' + params, dossier.position)),
        table([t('indicator'), t('result'), t('summary'), t('entries')], dossier.indicators.map(i => [i.label,
          el('span', { class: 'status ' + i.status }, t(i.status)),
          // who or what is missing, named on screen, not only in the files
          el('div', {}, i.summary, Array.isArray((i.details || {}).missing) && i.details.missing.length
            ? el('p', { class: 'muted missing' }, t('missingList') + ': ' + i.details.missing.map(m =>
              [m.personId || m.unitId, m.fullName, m.year].filter(v => v !== undefined && v !== null).join(' '))
              .join('; '))
            : Array.isArray((i.details || {}).yearsWithout) && i.details.yearsWithout.length
              ? el('p', { class: 'muted missing' }, t('missingList') + ': ' + i.details.yearsWithout.join(', '))
              : '', detailTables(i.details, dossier.labels)),
          (i.entries || []).map(e => e.position).join(', ')]), 'dossier-table'));
    },

    /** A unit's monthly evaluations from a file, as the API's bulk import takes them, its errors row by row. */
    async import(params, view) {
      // reached by its address though not offered: said before a file is chosen, not after it is sent
      if (JSON.parse(sessionStorage.getItem(USER) || '{}').role === 'READER') {
        view.append(el('p', { class: 'warning', id: 'read-only' }, t('readOnlyImport')));
        return;
      }
      const file = el('input', { type: 'file', name: 'file', id: 'f-file', required: true,
        accept: '.csv,.xlsx,text/csv,' + 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const send = el('button', { type: 'submit', id: 'send' }, t('importSend'));
      const result = el('div', { id: 'import-result', 'aria-live': 'polite' });
      const f = el('form', { class: 'query', id: 'import-form' },
        field('unit', t('unit'), params.get('unit'), { required: true, placeholder: 'LB-PNV' }),
        field('period', t('period'), params.get('period'), { placeholder: t('importPeriodHint') }),
        field('criteriaSet', t('criteriaSet'), params.get('criteriaSet'), { placeholder: 'VN.HN-1841@1' }),
        el('label', {}, el('span', {}, t('file')), file),
        select('charset', t('charset'), [['UTF-8', t('charsetUtf8')], ['windows-1258', t('charsetWindows')]],
          params.get('charset') || 'UTF-8'), send);
      f.addEventListener('submit', async event => {
        event.preventDefault();
        const query = new URLSearchParams();
        ['unit', 'period', 'criteriaSet'].forEach(name => {
          const value = String(new FormData(f).get(name) || '').trim();
          if (value) { query.set(name, value); }
        });
        const upload = new FormData();
        const chosenFile = file.files[0];
        const charset = String(new FormData(f).get('charset') || 'UTF-8');
        // a CSV saved as "CSV" by Excel on a Vietnamese Windows is in windows-1258: the part says so
        const csv = chosenFile && /\.csv$/i.test(chosenFile.name);
        upload.append('file', csv && charset !== 'UTF-8'
          ? new Blob([chosenFile], { type: 'text/csv; charset=' + charset }) : chosenFile, chosenFile && chosenFile.name);
        send.disabled = true;
        result.replaceChildren(el('p', { class: 'muted', role: 'status' }, t('loading')));
        let response;
        try {
          response = await request('/api/imports/evaluations?' + query,
            { method: 'POST', headers: headers({ 'Accept': 'application/json' }), body: upload });
        } catch (e) {
          result.replaceChildren(problem(e));
          return;
        } finally {
          send.disabled = false;
        }
        if (response.status === 401) { toLogin('expired'); return; }
        const body = await response.json().catch(() => null);
        if (response.ok && body) {
          result.replaceChildren(el('p', { class: 'ok', id: 'imported', role: 'status' }, body.events === 0
            ? t('importUnchanged', body.rows) : t('imported', body.rows, body.events, body.firstPosition, body.position)));
          return;
        }
        const rows = ((body && body.errors) || []).filter(e => e && e.row);
        result.replaceChildren(problem(new Error(rows.length && body.detail ? body.detail : problemText(body, response))),
          rows.length ? table([t('row'), t('column'), t('problemCol')],
            rows.map(e => [number(e.row), e.column || '', e.message]), 'import-errors') : '');
      });
      view.append(el('p', { class: 'muted' }, t('importHint')), f, result);
    },

    async audit(params, view) {
      const kinds = ['units', 'persons', 'campaigns', 'pledges', 'clusters', 'violations', 'evaluations', 'surveys',
        'inspections', 'commendations', 'criteria-sets', 'registrations', 'covenants', 'reports', 'reviews', 'users'];
      const kind = chosen(kinds.map(k => [k]), params.get('kind') || 'units');
      view.append(form('audit', [
        select('kind', t('kind'), kinds.map(k => [k, t('kind.' + k)]), kind),
        field('id', t('id'), params.get('id'), { required: true, placeholder: 'LB' }),
        periodField(params),
        asOfField(params)]));
      if (!params.get('id')) { return; }
      if (params.get('kind') && kind !== params.get('kind')) { throw new Error(t('unknownKind', params.get('kind'))); }
      const query = new URLSearchParams(params);
      const id = query.get('id');
      query.delete('kind');
      query.delete('id');
      const path = '/api/audit/' + encodeURIComponent(kind) + '/' + encodeURIComponent(id) + '?' + query;
      const trail = await api(path);
      // a printed trail says whose it is and as of when
      view.append(el('h2', {}, t('kind.' + kind) + ' ' + id + (params.get('period') ? ' — '
          + periodText(params.get('period')) : '')),
        el('p', { class: 'muted', id: 'trail-position' }, params.get('asOf')
          ? asOfNotice(params.get('asOf'), trail.position) : t('positionLine', number(trail.position))),
        downloads(pinned(path, trail.position)), table([t('positionCol'), t('recordedAt'), t('type'), t('businessTime'), t('actor'),
        t('data')], trail.entries.map(e => [
        // the trail as it stood with this entry: a record time read on screen is to the second, a position exact
        el('a', { href: '#/audit?' + asOfEntry(new URLSearchParams({ ...Object.fromEntries(params), kind, id }),
          e.position),
          title: t('asOfEntry') }, number(e.position)), moment(e.recordedAt),
        e.typeLabel && lang() === 'vi' ? e.typeLabel + ' (' + e.type + ')' : e.type,
        e.occurredOn ? day(e.occurredOn) : periodText(e.period || ''),
        (e.actor || '') + (e.role ? ' (' + roleName(e.role) + (e.unitScope ? ', ' + e.unitScope : '') + ')' : ''),
        el('div', {}, e.corrects !== undefined && e.corrects !== null
          ? el('p', { class: 'muted corrects' }, t('correctsEntry', number(e.corrects))) : '',
        e.importId ? el('p', { class: 'muted imported-from' }, t('importedWith', e.importId)) : '',
        content(e.data, e.codeLabels))]), 'audit-table'));
    }
  };

  /**
   * An indicator's lists (its violations, reviews, campaigns…), each as a table that opens on a click: the screen
   * names what the exported files name. Counts by level or rule read as one list of "value: count".
   */
  /** Where a what-if's two sides part, criterion by criterion ("GENERAL −5"): why a score moved. */
  function criteriaDelta(baseline, candidate, name) {
    const before = baseline.breakdown || {};
    const after = candidate.breakdown || {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .map(code => [code, Number(after[code] || 0) - Number(before[code] || 0)])
      .filter(([, delta]) => Math.abs(delta) > 1e-9)
      .map(([code, delta]) => (name ? name(code) : code) + ' ' + (delta > 0 ? '+' : '−') + decimal(Math.abs(delta)))
      .join(', ');
  }

  /** Today's date in Vietnam, as the API writes dates (2024-05-17). */
  function todayInVietnam() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  }

  /** A side's rank in a what-if; none for a unit not evaluated in the period (listed without a level). */
  function placeOf(side) {
    return side.level ? number(side.rank) : el('span', { title: t('notEvaluated') }, '—');
  }

  function detailTables(details, labels) {
    if (!details || typeof details !== 'object') { return ''; }
    const vi = lang() === 'vi';
    const headings = (labels && labels.headings) || {};
    const codes = (labels && labels.codes) || {};
    const label = key => (vi && (headings[key] || fieldLabel(key))) || key;
    // a status or form by its words alone ("Đã xác nhận"); a rule's code kept before its words ("NK-1 (…)")
    const code = v => !vi || !codes[v] ? v : /^[A-Z_]+$/.test(v) ? codes[v] : v + ' (' + codes[v] + ')';
    const shown = (v, key) => v === null || v === undefined ? ''
      : typeof v === 'boolean' ? (vi ? (v ? 'có' : 'không') : String(v))
        : typeof v === 'number' ? decimal(v)
          : typeof v === 'string' ? code(dayOr(v, key))
            : Array.isArray(v) && v.every(x => x === null || typeof x !== 'object') ? v.map(x => shown(x)).join(', ')
              // an inspection's findings as the files write them: "item: result (note)", never as JSON
              : Array.isArray(v) ? v.map(x => x && typeof x === 'object' && 'item' in x
                ? code(x.item) + ': ' + code(x.result) + (x.note ? ' (' + x.note + ')' : '')
                  + (x.replaced ? ' [' + label('replaced') + ']' : '')
                : shown(x)).join('; ')
                : typeof v === 'object' ? Object.entries(v).map(([k, x]) => label(k) + ': ' + shown(x, k)).join('; ')
                  : String(v);
    return el('div', { class: 'details' }, Object.entries(details).flatMap(([key, value]) => {
      if (key === 'missing' || key === 'yearsWithout') { return []; }
      const heading = label(key);
      if (Array.isArray(value) && value.length && value.every(v => v && typeof v === 'object' && !Array.isArray(v))) {
        const columns = [...new Set(value.flatMap(Object.keys))];
        return [el('details', {}, el('summary', {}, heading + ' (' + number(value.length) + ')'),
          table(columns.map(c => label(c) !== c ? [label(c), c] : c),
            value.map(v => columns.map(c => shown(v[c], c))), 'detail-' + key))];
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length
        && Object.values(value).every(v => typeof v === 'number')) {
        return [el('p', { class: 'muted' }, heading + ': ' + Object.entries(value)
          .map(([k, v]) => code(k) + ': ' + number(v)).join('; '))];
      }
      return [];
    }));
  }

  /** The labels of the levels of criteria sets, by "ID@VERSION LEVEL". */
  function bandLabels(sets) {
    const labels = {};
    (sets || []).forEach(s => (s.bands || []).forEach(b => {
      if (b.label) { labels[s.id + '@' + s.version + ' ' + b.level] = b.label; }
    }));
    return labels;
  }

  /** A level everywhere alike: its code, and its words when the set gives them ("A — Hoàn thành xuất sắc …"). */
  function levelText(level, label) {
    if (!level) { return ''; }
    return label ? level + ' — ' + label : level;
  }

  /** The fields of events in Vietnamese, their stored names kept as each label's explanation. */
  const FIELDS = {
    unitId: 'Đơn vị', parentId: 'Đơn vị cấp trên', name: 'Tên', kind: 'Loại', personId: 'Cán bộ',
    fullName: 'Họ và tên', category: 'Đối tượng', leader: 'Lãnh đạo, quản lý', joinedOn: 'Ngày bắt đầu công tác',
    fromUnitId: 'Từ đơn vị', toUnitId: 'Đến đơn vị', effectiveOn: 'Ngày có hiệu lực', period: 'Kỳ', scores: 'Điểm',
    previousScores: 'Điểm trước khi đính chính', note: 'Ghi chú', criteriaSetId: 'Bộ tiêu chí',
    criteriaSetVersion: 'Phiên bản bộ tiêu chí', evaluationId: 'Mã đánh giá', violationId: 'Mã vi phạm',
    subjectKind: 'Đối tượng vi phạm', subjectId: 'Mã đối tượng', ruleCode: 'Quy tắc', occurredOn: 'Ngày xảy ra',
    ruleCatalogueVersion: 'Phiên bản danh mục quy tắc', source: 'Nguồn phát hiện', description: 'Mô tả',
    evidenceRef: 'Tài liệu, chứng cứ', reason: 'Lý do', form: 'Hình thức', decidedOn: 'Ngày quyết định',
    decisionNo: 'Số quyết định', annulledOn: 'Ngày hủy', annulmentDecisionNo: 'Số quyết định hủy',
    campaignId: 'Cuộc vận động, phong trào', pledgeId: 'Mã bản cam kết', signedOn: 'Ngày ký', items: 'Nội dung',
    renewedOn: 'Ngày ký lại', withdrawnOn: 'Ngày rút', year: 'Năm', registeredOn: 'Ngày đăng ký',
    targets: 'Chỉ tiêu', covenantId: 'Mã giao ước', unitIds: 'Các đơn vị', content: 'Nội dung', surveyId: 'Mã khảo sát',
    respondents: 'Số người trả lời', satisfied: 'Số người hài lòng', method: 'Phương pháp', reportId: 'Mã báo cáo',
    dueBefore: 'Hạn nộp', submittedOn: 'Ngày nộp', documentRef: 'Văn bản', onTime: 'Đúng hạn',
    inspectionId: 'Mã đợt kiểm tra', targetUnitId: 'Đơn vị được kiểm tra', item: 'Nội dung kiểm tra',
    result: 'Kết quả', team: 'Đoàn kiểm tra', conclusion: 'Kết luận', openedOn: 'Ngày bắt đầu kiểm tra',
    commendationId: 'Mã khen thưởng', title: 'Danh hiệu, tên', recipientKind: 'Khen cho', recipientId: 'Người, đơn vị được khen',
    stage: 'Bước', clusterId: 'Cụm, khối', from: 'Từ ngày', to: 'Đến ngày', closedOn: 'Ngày giải thể, sáp nhập',
    heldOn: 'Ngày tổ chức', summary: 'Tóm tắt', chainHead: 'Mã băm chuỗi sự kiện', reviewId: 'Mã hội nghị',
    registrationId: 'Mã đăng ký', scopeUnitId: 'Phạm vi áp dụng (đơn vị)', midTermReview: 'Sơ kết dự kiến',
    finalReview: 'Tổng kết dự kiến', catalogueVersion: 'Phiên bản danh mục quy tắc',
    checklistVersion: 'Phiên bản danh mục kiểm tra', criteriaSet: 'Bộ tiêu chí'
  };
  /** The parts of a definition recorded whole (a criteria set as published), as its Vietnamese readers name them. */
  const PARTS = {
    id: 'Mã', version: 'Phiên bản', subject: 'Áp dụng cho', effectiveFrom: 'Hiệu lực từ', legalBasis: 'Căn cứ',
    unconfirmed: 'Chưa được văn bản xác nhận', criteria: 'Tiêu chí', bands: 'Mức xếp loại', quota: 'Tỷ lệ tối đa',
    violationPenalty: 'Điểm trừ khi vi phạm', sanctionCap: 'Mức cao nhất khi bị xử lý', code: 'mã', max: 'tối đa',
    label: 'tên', level: 'mức', min: 'từ', maxShare: 'tỷ lệ tối đa', demoteTo: 'hạ xuống mức',
    exceptionalMaxShare: 'tỷ lệ tối đa của đơn vị xuất sắc', base: 'tính trên', rulePrefix: 'quy tắc bắt đầu bằng',
    points: 'điểm', minForm: 'từ hình thức', maxLevel: 'mức cao nhất', window: 'thời gian áp dụng', source: 'nguồn'
  };
  /** An account's role as its Vietnamese readers call it, its code kept in English. */
  function roleName(role) {
    const names = { READER: 'Đọc', WRITER: 'Ghi', ADMIN: 'Quản trị' };
    return lang() === 'vi' && names[role] ? names[role] : role;
  }
  /** A part's name inside a definition: Vietnamese when the page is, else as recorded. */
  function part(key) { return lang() === 'vi' && PARTS[key] ? PARTS[key] : key; }
  /** Fields the entry says otherwise: which entry a correction corrects is told by its position above. */
  const HIDDEN_FIELDS = ['corrects', 'correctsSequence'];

  /** An event's content as its readers scan it: one field a line, a small map or list on its line. */
  function content(data, codeLabels) {
    if (!data || typeof data !== 'object') { return el('code', {}, JSON.stringify(data)); }
    const labels = codeLabels || {};
    // a code with its Vietnamese name beside it, as the exported files show it: "KHIEN_TRACH (Khiển trách)"
    const code = v => typeof v === 'string' && labels[v] ? v + ' (' + labels[v] + ')' : v;
    const shown = value => {
      if (value === null || value === undefined) { return '—'; }
      if (typeof value === 'boolean') { return lang() === 'vi' ? (value ? 'có' : 'không') : String(value); }
      if (typeof value === 'string') { return code(value); }
      // a list's items may hold commas themselves (a pledge's commitments): one item a line
      if (Array.isArray(value) && value.every(v => v === null || typeof v !== 'object')) {
        return value.length > 1 && value.some(v => String(v).includes(','))
          ? el('ul', { class: 'items' }, value.map(v => el('li', {}, v === null ? '—' : String(code(v)))))
          : value.map(code).join(', ');
      }
      if (typeof value === 'object' && !Array.isArray(value)
        && Object.values(value).every(v => v === null || typeof v !== 'object')) {
        return Object.entries(value).map(([k, v]) => part(k) + ' ' + (typeof v === 'number' ? decimal(v) : dayOr(v, k))).join(', ');
      }
      // a whole definition (a criteria set as published): its fields one a line, its lists an item a line
      if (Array.isArray(value)) {
        return el('ul', { class: 'items' }, value.map(v => el('li', {}, v !== null && typeof v === 'object' && !Array.isArray(v)
          ? Object.entries(v).filter(([, x]) => x !== null && x !== undefined)
            .map(([k, x]) => part(k) + ' ' + (typeof x === 'object' ? JSON.stringify(x)
              : typeof x === 'number' ? decimal(x) : String(code(x)))).join(', ')
          : typeof v === 'object' ? JSON.stringify(v) : String(code(v)))));
      }
      if (typeof value === 'object') {
        return content(value, codeLabels);
      }
      return typeof value === 'number' ? decimal(value) : String(value);
    };
    // what a correction left as it was is no change to show: only the "before" of what changed
    const unchanged = key => {
      const before = /^previous([A-Z])(.*)$/.exec(key);
      const field = before && before[1].toLowerCase() + before[2];
      return field !== null && field in data && JSON.stringify(data[field]) === JSON.stringify(data[key]);
    };
    return el('dl', { class: 'fields' }, Object.entries(data)
      .filter(([key]) => !HIDDEN_FIELDS.includes(key) && !unchanged(key))
      .map(([key, value]) => el('div', {},
        lang() === 'vi' && fieldLabel(key) ? el('dt', { title: key }, fieldLabel(key)) : el('dt', {}, key),
        el('dd', {}, whole(shown(dayOr(value, key)))))));
  }

  /** A field's Vietnamese label; an amendment's "previous…" fields as the field before the change. */
  function fieldLabel(key) {
    if (FIELDS[key]) { return FIELDS[key]; }
    if (PARTS[key]) { return PARTS[key].charAt(0).toUpperCase() + PARTS[key].slice(1); }
    const before = /^previous([A-Z])(.*)$/.exec(key);
    const field = before && FIELDS[before[1].toLowerCase() + before[2]];
    return field ? field + ' (trước khi sửa)' : null;
  }

  /** The same view's query (its period kept) as of an entry's position. */
  function asOfEntry(params, position) {
    const query = new URLSearchParams(params);
    query.set('asOf', 'pos:' + position);
    return query;
  }

  /** The files of what is shown: pinned to the position it was computed at. */
  function pinned(path, position) {
    const query = new URLSearchParams(path.split('?')[1] || '');
    // a moment asked for is pinned too: a moment still to come stands for the newest entry, which moves on
    if (position === undefined || position === null) { return path; }
    query.set('asOf', 'pos:' + position);
    return path.split('?')[0] + '?' + query;
  }

  function downloads(path) {
    const join = path.includes('?') ? '&' : '?';
    const failure = el('span', { class: 'error', role: 'alert', id: 'download-problem' });
    return el('p', { class: 'downloads' }, t('download') + ': ', ['pdf', 'xlsx', 'csv'].map(format =>
      el('button', { type: 'button', class: 'link', id: 'download-' + format,
        'data-path': path + join + 'format=' + format, onclick: () => {
        failure.textContent = '';
        download(path + join + 'format=' + format).catch(e => { failure.textContent = e.message; });
      } }, format.toUpperCase())), ' ', failure);
  }

  async function route() {
    stopStream();
    const token = ++generation;
    const hash = window.location.hash || '#/rankings';
    const [name, query] = hash.substring(2).split('?');
    const render = views[name] || views.rankings;
    // the tab says which view it shows, as the navigation does
    const tab = document.querySelector('nav a[data-view="' + (views[name] ? name : 'rankings') + '"]');
    document.title = (tab ? tab.textContent + ' — ' : '') + t('appName');
    document.querySelectorAll('nav a').forEach(a => {
      const active = a.dataset.view === (views[name] ? name : 'rankings');
      a.classList.toggle('active', active);
      if (active) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
    });
    const view = document.getElementById('view');
    const focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.id : null;
    // the page shown stays until the new one is ready, marked as loading, its buttons off
    view.setAttribute('aria-busy', 'true');
    view.querySelectorAll('button').forEach(b => { b.disabled = true; });
    if (!document.getElementById('loading')) {
      view.prepend(el('p', { class: 'muted', id: 'loading', role: 'status' }, t('loading')));
    }
    const next = document.createElement('div');
    try {
      await render(new URLSearchParams(query || ''), next, token);
    } catch (e) {
      next.append(problem(e));
    }
    if (token !== generation) { return; } // the user has moved on: this answer is stale
    view.replaceChildren(...next.childNodes);
    view.removeAttribute('aria-busy');
    const again = (focused && document.getElementById(focused)) || document.getElementById('problem');
    if (again) {
      if (again.id === 'problem') { again.setAttribute('tabindex', '-1'); }
      again.focus();
    }
  }

  return {
    loginPage() {
      translatePage();
      const params = new URLSearchParams(window.location.search);
      const error = document.getElementById('error');
      const tell = text => { error.textContent = text; error.hidden = false; };
      if (params.get('reason') === 'expired') { tell(t('expired')); }
      const formEl = document.getElementById('login');
      formEl.addEventListener('submit', async event => {
        event.preventDefault();
        const user = document.getElementById('username').value.trim();
        const auth = basic(user, document.getElementById('password').value);
        const submit = document.getElementById('submit');
        submit.disabled = true;
        let response;
        try {
          response = await request('/api/account', { headers: { 'Authorization': auth, 'X-Requested-With': 'XMLHttpRequest' } });
        } catch (e) {
          submit.disabled = false;
          tell(e.message);
          return;
        }
        submit.disabled = false;
        if (response.status === 401) {
          const refusal = await response.json().catch(() => null);
          tell(refusal && refusal.rule === 'ACCOUNT_ENABLED' ? t('disabledAccount') : t('badLogin'));
          return;
        }
        const body = await response.json().catch(() => null);
        if (!response.ok || body === null) {
          tell(response.ok ? t('badAnswer') : problemText(body, response));
          return;
        }
        sessionStorage.setItem(AUTH, auth);
        sessionStorage.setItem(USER, JSON.stringify(body));
        window.location.href = '/' + safeNext(params.get('next'));
      });
    },

    appPage() {
      if (!sessionStorage.getItem(AUTH)) { toLogin(); return; }
      translatePage();
      const account = JSON.parse(sessionStorage.getItem(USER) || '{}');
      document.getElementById('who').textContent = (account.username || '') + (account.role ? ' (' + roleName(account.role) + ')' : '');
      // a reader records nothing: the import is not offered (the API would refuse it anyway)
      if (account.role === 'READER') {
        document.querySelectorAll('nav a[data-view="import"]').forEach(a => { a.hidden = true; });
      }
      document.getElementById('logout').addEventListener('click', event => {
        event.preventDefault();
        stopStream();
        sessionStorage.removeItem(AUTH);
        sessionStorage.removeItem(USER);
        window.location.href = '/login.html';
      });
      window.addEventListener('hashchange', route);
      this.rerender = route;
      route();
    }
  };
})();
