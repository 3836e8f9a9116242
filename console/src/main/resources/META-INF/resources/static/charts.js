// Draws every <div class="chart" data-chart="ID"> from the JSON in <script type="application/json" id="ID">,
// an ECharts option object the page's server side built. Resizes with the window (phones turn).
(function () {
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var src = document.getElementById(el.getAttribute('data-chart'));
      if (!src || el.getAttribute('data-drawn')) { return; }
      var option = JSON.parse(src.textContent);
      // No growing bars: the numbers are there at once (slow phones, screenshots).
      if (option.animation === undefined) { option.animation = false; }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      el.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
