// Small helpers for the pages: copy text, poll an evaluation's progress, draw charts with ECharts.
function kaoheCopy(id, button) {
  const text = document.getElementById(id).innerText;
  navigator.clipboard.writeText(text).then(() => { button.textContent = '已复制'; setTimeout(() => button.textContent = '复制全文', 2000); },
    () => { const range = document.createRange(); range.selectNodeContents(document.getElementById(id));
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); button.textContent = '已选中，请按 Ctrl+C'; });
}

function kaohePoll(job) {
  fetch('/api/jobs/' + job, { credentials: 'same-origin' }).then(r => r.json()).then(s => {
    document.getElementById('stage').textContent = s.stage;
    document.getElementById('bar').style.width = s.percent + '%';
    const elapsed = document.getElementById('elapsed');
    if (elapsed && s.seconds !== undefined) { elapsed.textContent = '已用时 ' + s.seconds + ' 秒'; }
    if (s.error) { document.getElementById('error').textContent = s.error; document.getElementById('error').hidden = false; return; }
    if (s.done) { window.location = '/results?period=' + s.periodId; return; }
    setTimeout(() => kaohePoll(job), 500);
  });
}

// A background rule job (a check, a what-if): show its stage and the time taken so far, then open the page it leads to.
function kaoheFollow(url) {
  fetch(url, { credentials: 'same-origin' }).then(r => r.json()).then(s => {
    document.getElementById('stage').textContent = s.stage;
    document.getElementById('bar').style.width = s.percent + '%';
    const elapsed = document.getElementById('elapsed');
    if (elapsed && s.seconds !== undefined) { elapsed.textContent = '已用时 ' + s.seconds + ' 秒'; }
    if (s.error) { document.getElementById('error').textContent = s.error; document.getElementById('error').hidden = false; return; }
    if (s.done && s.next) { window.location = s.next; return; }
    setTimeout(() => kaoheFollow(url), 500);
  });
}

function kaoheCharts(data) {
  if (!window.echarts) { return; }
  const bar = echarts.init(document.getElementById('chart-actual'));
  bar.setOption({
    title: { text: data.indicator + '：实际值与目标值', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { data: ['实际值', '目标值'], right: 0 },
    grid: { left: 50, right: 20, bottom: 90 },
    xAxis: { type: 'category', data: data.names, axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', name: data.unit },
    series: [{ name: '实际值', type: 'bar', data: data.actual,
               itemStyle: { color: p => Number(data.actual[p.dataIndex]) >= Number(data.target[p.dataIndex]) ? '#3a9d5d' : '#d64545' } },
             { name: '目标值', type: 'line', step: 'middle', data: data.target, symbol: 'none', lineStyle: { type: 'dashed', color: '#1f4e79' } }]
  });
  const rate = echarts.init(document.getElementById('chart-pass'));
  rate.setOption({
    title: { text: '各市达标率', textStyle: { fontSize: 14 } }, tooltip: { formatter: p => p.name + '：' + p.value + '%' },
    xAxis: { type: 'category', data: data.passRates.map(r => r.city) }, yAxis: { type: 'value', max: 100, name: '%' },
    series: [{ type: 'bar', data: data.passRates.map(r => r.rate), itemStyle: { color: '#1f4e79' }, label: { show: true, position: 'top', formatter: '{c}%' } }]
  });
  const trend = echarts.init(document.getElementById('chart-trend'));
  trend.setOption({
    title: { text: data.indicator + '：各考核期走势', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 }, grid: { left: 50, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: data.trendPeriods }, yAxis: { type: 'value', name: data.unit },
    series: Object.keys(data.trend).map(name => ({ name: name, type: 'line', connectNulls: true,
      data: data.trendPeriods.map(p => data.trend[name][p] ?? null) }))
  });
  window.addEventListener('resize', () => { bar.resize(); rate.resize(); trend.resize(); });
}

// Forms that start long work (a check of the whole ruleset) say so at once and keep the button from being
// pressed twice while the progress page opens.
document.addEventListener('submit', e => {
  const form = e.target;
  if (!form.matches || !form.matches('form[data-slow]') || (e.submitter && e.submitter.hasAttribute('data-quick'))) { return; }
  if (form.dataset.sent) { e.preventDefault(); return; }
  form.dataset.sent = 'true';
  let note = form.querySelector('.slow-note');
  if (!note) { note = document.createElement('span'); note.className = 'slow-note muted'; form.appendChild(note); }
  note.textContent = ' ' + form.dataset.slow;
});
