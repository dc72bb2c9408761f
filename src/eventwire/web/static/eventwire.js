// Charts of the eventwire pages. Each page puts its data in <script type="application/json" id="chart-data">
// and a <div data-chart="timeline|map|network">. Labels are set with textContent, never as HTML.
(function () {
  "use strict";

  const PLOTLY_CONFIG = { responsive: true, displaylogo: false, topojsonURL: "/static/topojson/" };

  function chartData() {
    const el = document.getElementById("chart-data");
    return el ? JSON.parse(el.textContent) : null;
  }

  function withParams(path, params) {
    const url = new URL(path, window.location.origin);
    const current = new URLSearchParams(window.location.search);
    for (const key of ["since", "until", "type", "quad_class", "actor", "recipient", "either", "location"]) {
      if (current.get(key) && !(key in params)) url.searchParams.set(key, current.get(key));
    }
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
    }
    return url.pathname + url.search;
  }

  function periodBounds(period, interval) {
    if (interval !== "week") return [period, period];
    const start = new Date(period + "T00:00:00Z");
    const end = new Date(start.getTime() + 6 * 86400000);
    return [period, end.toISOString().slice(0, 10)];
  }

  function drawTimeline(el, d) {
    const present = new Set(d.series.map((p) => p.key || "unclassified"));
    const ordered = Object.keys(d.colours || {}).filter((k) => present.has(k));
    const keys = ordered.length === present.size ? ordered : [...present].sort();
    const traces = keys.map((key) => {
      const points = d.series.filter((p) => (p.key || "unclassified") === key);
      return {
        type: "bar",
        name: key,
        x: points.map((p) => p.period),
        y: points.map((p) => p.count),
        marker: d.colours[key] ? { color: d.colours[key] } : {},
        hovertemplate: "%{x}: %{y} " + key.replace(/[<>&]/g, "") + "<extra></extra>",
      };
    });
    const layout = {
      barmode: "stack",
      margin: { l: 50, r: 20, t: 20, b: 40 },
      xaxis: { type: "date" },
      yaxis: { title: { text: "events" }, rangemode: "tozero" },
      legend: { orientation: "h" },
    };
    Plotly.newPlot(el, traces, layout, PLOTLY_CONFIG);
    el.on("plotly_click", (ev) => {
      const point = ev.points[0];
      const periods = d.series.map((p) => p.period);
      const period = periods.find((p) => new Date(p).getTime() === new Date(point.x).getTime()) || String(point.x).slice(0, 10);
      const [since, until] = periodBounds(period, d.interval);
      const key = point.data.name;
      const params = { actor: d.a, recipient: d.b, either: d.directed ? "" : "true", since: since, until: until };
      params[d.by === "quad_class" ? "quad_class" : "type"] = key === "unclassified" ? "" : key;
      window.location.href = withParams("/events", params);
    });
  }

  function dominantClass(place) {
    const classes = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
    let best = "unclassified";
    let most = 0;
    for (const c of classes) {
      const n = place["n_" + c.replace(" ", "_")];
      if (n > most) { most = n; best = c; }
    }
    return best;
  }

  // Events placed at a city or finer are circles; events located only to a country shade that country
  // (a point at its centroid would claim a precision the report does not give).
  function drawMap(el, d) {
    const label = (p) => `${p.name || "?"}${p.country ? ", " + p.country : ""}: ${p.count} events`.replace(/[<>&]/g, "");
    const points = d.places.filter((p) => p.feature !== "country");
    const countries = d.places.filter((p) => p.feature === "country" && p.country);
    const maxCount = Math.max(1, ...points.map((p) => p.count));
    const shading = {
      type: "choropleth",
      locationmode: "ISO-3",
      locations: countries.map((p) => p.country),
      z: countries.map((p) => p.count),
      text: countries.map((p) => label(p) + " (the country as a whole)"),
      hoverinfo: "text",
      customdata: countries.map((p) => p.country),
      colorscale: [[0, "#e3e9f2"], [1, "#5b7bb0"]],
      showscale: false,
      marker: { line: { width: 0.5, color: "#999" } },
    };
    const circles = {
      type: "scattergeo",
      mode: "markers",
      lat: points.map((p) => p.lat),
      lon: points.map((p) => p.lon),
      text: points.map(label),
      hoverinfo: "text",
      customdata: points.map((p) => p.name || p.country || ""),
      marker: {
        size: points.map((p) => 5 + 35 * Math.sqrt(p.count / maxCount)),
        color: points.map((p) => d.colours[dominantClass(p)] || "#888"),
        opacity: 0.75,
        line: { width: 0.5, color: "#fff" },
      },
    };
    const layout = {
      margin: { l: 0, r: 0, t: 0, b: 0 },
      geo: { showcountries: true, showland: true, landcolor: "#f2f2ee", countrycolor: "#bbb", projection: { type: "natural earth" } },
    };
    Plotly.newPlot(el, [shading, circles], layout, PLOTLY_CONFIG);
    el.on("plotly_click", (ev) => {
      window.location.href = withParams("/events", { location: ev.points[0].customdata });
    });
  }

  // A small force-directed layout in SVG: nodes repel, edges pull, heavier edges are wider.
  function drawNetwork(el, d) {
    const NS = "http://www.w3.org/2000/svg";
    const width = el.clientWidth || 900;
    const height = el.clientHeight || 640;
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    el.appendChild(svg);
    const nodes = d.nodes.map((n, i) => ({
      ...n,
      x: width / 2 + Math.cos(i * 2.4) * (40 + 4 * i),
      y: height / 2 + Math.sin(i * 2.4) * (40 + 4 * i),
      vx: 0, vy: 0,
    }));
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    const edges = d.edges.filter((e) => byKey.has(e.source) && byKey.has(e.target))
      .map((e) => ({ ...e, s: byKey.get(e.source), t: byKey.get(e.target) }));
    const maxEdge = Math.max(1, ...edges.map((e) => e.weight));
    const maxNode = Math.max(1, ...nodes.map((n) => n.weight));
    const lines = edges.map((e) => {
      const line = document.createElementNS(NS, "line");
      line.setAttribute("stroke-width", String(0.5 + 7 * Math.sqrt(e.weight / maxEdge)));
      const title = document.createElementNS(NS, "title");
      title.textContent = `${e.s.name} → ${e.t.name}: ${e.weight} events`;
      line.appendChild(title);
      svg.appendChild(line);
      return line;
    });
    const groups = nodes.map((n) => {
      const g = document.createElementNS(NS, "g");
      const circle = document.createElementNS(NS, "circle");
      n.r = 4 + 14 * Math.sqrt(n.weight / maxNode);
      circle.setAttribute("r", String(n.r));
      const title = document.createElementNS(NS, "title");
      title.textContent = `${n.name}${n.country ? " (" + n.country + ")" : ""}: ${n.weight} events`;
      circle.appendChild(title);
      const label = document.createElementNS(NS, "text");
      label.textContent = n.name;
      label.setAttribute("dx", String(n.r + 2));
      label.setAttribute("dy", "4");
      g.appendChild(circle);
      g.appendChild(label);
      svg.appendChild(g);
      circle.addEventListener("click", () => {
        if (!n.dragged) window.location.href = withParams("/timeline", { a: n.key, actor: "", either: "" });
      });
      return g;
    });

    // Fruchterman-Reingold: nodes repel with k^2/d, edges pull with d^2/k, a pull to the centre keeps
    // separate groups on screen; moves are capped by a temperature that cools.
    const margin = 30;
    const k = 0.5 * Math.sqrt((width * height) / Math.max(1, nodes.length));
    function step(temperature) {
      for (const n of nodes) { n.dx = 0; n.dy = 0; }
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i], b = nodes[j];
          const dx = a.x - b.x, dy = a.y - b.y;
          const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
          const f = (k * k) / d;
          a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
        }
      }
      for (const e of edges) {
        const dx = e.s.x - e.t.x, dy = e.s.y - e.t.y;
        const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
        const f = ((d * d) / k) * (0.5 + 0.5 * e.weight / maxEdge);
        e.s.dx -= (dx / d) * f; e.s.dy -= (dy / d) * f; e.t.dx += (dx / d) * f; e.t.dy += (dy / d) * f;
      }
      for (const n of nodes) {
        n.dx += (width / 2 - n.x) * 0.15 * (k / 50);
        n.dy += (height / 2 - n.y) * 0.15 * (k / 50);
        const disp = Math.max(1e-6, Math.sqrt(n.dx * n.dx + n.dy * n.dy));
        if (!n.fixed) {
          n.x += (n.dx / disp) * Math.min(disp, temperature);
          n.y += (n.dy / disp) * Math.min(disp, temperature);
        }
        n.x = Math.min(width - margin * 4, Math.max(margin, n.x));
        n.y = Math.min(height - margin, Math.max(margin, n.y));
      }
    }

    function paint() {
      edges.forEach((e, i) => {
        lines[i].setAttribute("x1", e.s.x); lines[i].setAttribute("y1", e.s.y);
        lines[i].setAttribute("x2", e.t.x); lines[i].setAttribute("y2", e.t.y);
      });
      nodes.forEach((n, i) => groups[i].setAttribute("transform", `translate(${n.x},${n.y})`));
    }

    for (let i = 0; i < 300; i++) step((width / 8) * (1 - i / 300) + 1);
    paint();

    let dragging = null;
    svg.addEventListener("pointerdown", (ev) => {
      const i = groups.findIndex((g) => g.contains(ev.target));
      if (i >= 0) { dragging = nodes[i]; dragging.fixed = true; dragging.dragged = false; }
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!dragging) return;
      const box = svg.getBoundingClientRect();
      dragging.x = ((ev.clientX - box.left) / box.width) * width;
      dragging.y = ((ev.clientY - box.top) / box.height) * height;
      dragging.dragged = true;
      for (let i = 0; i < 3; i++) step(5);
      paint();
    });
    window.addEventListener("pointerup", () => { if (dragging) dragging.fixed = false; setTimeout(() => { dragging = null; }, 0); });
  }

  const DRAW = { timeline: drawTimeline, map: drawMap, network: drawNetwork };
  document.addEventListener("DOMContentLoaded", () => {
    const data = chartData();
    for (const el of document.querySelectorAll("[data-chart]")) {
      const draw = DRAW[el.dataset.chart];
      if (draw && data) draw(el, data);
    }
  });
})();
