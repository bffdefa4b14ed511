/* The actor network: /api/network drawn as SVG. With d3 (static/vendor/d3.min.js, from npm at
   build time) the layout is a force simulation; without it, a circle, and the page says so. */
"use strict";
(async function drawNetwork() {
  const container = document.getElementById("network");
  const relationSelect = document.getElementById("relation");
  const params = new URLSearchParams(window.location.search);
  if (params.get("relation")) relationSelect.value = params.get("relation");
  let graph;
  try {
    graph = await fetchJson(apiUrl("/api/network", container, { max_nodes: 150 }));
  } catch (error) {
    showNotice("network-notice", "Could not load the network: " + error.message);
    return;
  }
  const wanted = new Set(relationSelect.value.split(","));
  const edges = graph.edges.filter((edge) => wanted.has(edge.relation));
  const used = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const nodes = graph.nodes.filter((node) => used.has(node.id)).map((node) => ({ ...node }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const tbody = document.querySelector("#network-edges tbody");
  for (const edge of edges) {
    tableRow(tbody, [actorLink(byId.get(edge.source)), edge.relation, actorLink(byId.get(edge.target)),
                     edge.weight, edge.mentions]);
  }
  if (!nodes.length) {
    showNotice("network-notice", "No " + [...wanted].join(" or ") + " relation in this window: try another window or relation.");
    return;
  }
  const width = 1100, height = Math.min(620, 260 + nodes.length * 30);
  const colours = { supports: "#2f8f4e", opposes: "#c9504a", cooperation: "#7fb8e0", conflict: "#e6a15c" };
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" }, container);
  const defs = svgElement("defs", {}, svg);
  for (const relation of ["supports", "opposes", "cooperation", "conflict"]) {
    const marker = svgElement("marker", { id: "arrow-" + relation, viewBox: "0 -5 10 10", refX: 9, refY: 0,
                                          markerWidth: 6, markerHeight: 6, orient: "auto" }, defs);
    svgElement("path", { d: "M0,-5L10,0L0,5", fill: colours[relation] }, marker);
  }
  const radius = (node) => 5 + Math.sqrt(node.events) * 2.5;
  if (window.d3 && d3.forceSimulation) {
    const links = edges.map((edge) => ({ ...edge }));
    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((node) => node.id).distance(170))
      .force("charge", d3.forceManyBody().strength(-420))
      .force("x", d3.forceX(width / 2).strength(0.06))
      .force("y", d3.forceY(height / 2).strength(0.12))
      .force("collide", d3.forceCollide().radius((node) => radius(node) + 14))
      .stop();
    for (let tick = 0; tick < 300; tick += 1) simulation.tick();
    for (const node of nodes) {
      node.x = Math.max(30, Math.min(width - 220, node.x));
      node.y = Math.max(25, Math.min(height - 25, node.y));
    }
  } else {
    showNotice("network-notice", "The d3 library is not installed (run scripts/setup-browser.sh): " +
               "actors are laid out on a circle instead of by their ties.");
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      node.x = width / 2 + (height / 2 - 60) * Math.cos(angle);
      node.y = height / 2 + (height / 2 - 60) * Math.sin(angle);
    });
  }
  const linkLayer = svgElement("g", {}, svg);
  edges.forEach((edge, i) => {
    const source = byId.get(edge.source), target = byId.get(edge.target);
    const bend = edges.findIndex((other) => other.source === edge.source && other.target === edge.target) === i ? 0 : 18;
    const mx = (source.x + target.x) / 2 + bend, my = (source.y + target.y) / 2 - bend;
    const dx = target.x - mx, dy = target.y - my, length = Math.hypot(dx, dy) || 1;
    const ex = target.x - (dx / length) * (radius(target) + 2), ey = target.y - (dy / length) * (radius(target) + 2);
    const path = svgElement("path", { d: `M${source.x},${source.y} Q${mx},${my} ${ex},${ey}`,
                                      class: "link " + edge.relation, fill: "none",
                                      "stroke-width": 1.2 + Math.sqrt(edge.weight) * 1.5,
                                      "marker-end": `url(#arrow-${edge.relation})` }, linkLayer);
    svgElement("title", {}, path).textContent = `${source.name || source.id} ${edge.relation} ${target.name || target.id}: ${edge.weight} event(s)`;
  });
  const nodeLayer = svgElement("g", {}, svg);
  for (const node of nodes) {
    const anchor = svgElement("a", { href: actorLink(node).getAttribute("href"), class: "node" }, nodeLayer);
    svgElement("circle", { cx: node.x, cy: node.y, r: radius(node) }, anchor);
    svgElement("text", { x: node.x + radius(node) + 3, y: node.y + 4 }, anchor).textContent = node.name || node.id;
    svgElement("title", {}, anchor).textContent = `${node.name || node.id} (${node.code || "?"}): ${node.events} event(s)`;
  }
})();
