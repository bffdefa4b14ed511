/* The map of event locations: /api/places drawn as SVG. With d3, topojson-client and world-atlas
   (static/vendor/, from npm at build time) countries are outlined; without them the points are
   drawn on a plain longitude/latitude grid and the page says so. No tile server is used. */
"use strict";
(async function drawMap() {
  const container = document.getElementById("map");
  let places;
  try {
    places = await fetchJson(apiUrl("/api/places", container));
  } catch (error) {
    showNotice("map-notice", "Could not load the places: " + error.message);
    return;
  }
  const width = 1100, height = 560;
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map of event locations" }, container);
  let project = (lon, lat) => [((lon + 180) / 360) * width, ((90 - lat) / 180) * height];
  let outlined = false;
  if (window.d3 && d3.geoNaturalEarth1 && window.topojson && container.dataset.world) {
    try {
      const world = await fetchJson(container.dataset.world);
      const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
      const path = d3.geoPath(projection);
      svgElement("path", { d: path({ type: "Sphere" }), class: "sphere" }, svg);
      svgElement("path", { d: path(d3.geoGraticule10()), class: "graticule" }, svg);
      const countries = topojson.feature(world, world.objects.countries);
      const layer = svgElement("g", {}, svg);
      for (const country of countries.features) {
        const shape = svgElement("path", { d: path(country), class: "country" }, layer);
        svgElement("title", {}, shape).textContent = (country.properties && country.properties.name) || "";
      }
      project = (lon, lat) => projection([lon, lat]);
      outlined = true;
    } catch (error) {
      showNotice("map-notice", "Could not read the country outlines (" + error.message + "): plain grid shown.");
    }
  } else {
    showNotice("map-notice", "Map libraries are not installed (run scripts/setup-browser.sh): " +
               "points are drawn on a plain longitude/latitude grid without country outlines.");
  }
  if (!outlined) {
    svgElement("rect", { x: 0, y: 0, width, height, class: "sphere" }, svg);
    for (let lon = -180; lon <= 180; lon += 30) {
      const [x] = project(lon, 0);
      svgElement("line", { x1: x, y1: 0, x2: x, y2: height, class: "graticule" }, svg);
    }
    for (let lat = -90; lat <= 90; lat += 30) {
      const [, y] = project(0, lat);
      svgElement("line", { x1: 0, y1: y, x2: width, y2: y, class: "graticule" }, svg);
    }
  }
  const points = svgElement("g", {}, svg);
  for (const place of places.mentioned) {
    const [x, y] = project(place.lon, place.lat);
    const dot = svgElement("circle", { cx: x, cy: y, r: 3 + Math.sqrt(place.mentions), class: "mentioned" }, points);
    svgElement("title", {}, dot).textContent = `${place.name}: mentioned ${place.mentions} time(s) in ${place.articles} article(s)`;
  }
  for (const place of places.events) {
    const [x, y] = project(place.lon, place.lat);
    const dot = svgElement("circle", { cx: x, cy: y, r: 4 + Math.sqrt(place.events) * 2.5, class: "event" }, points);
    svgElement("title", {}, dot).textContent = `${place.name}: ${place.events} event(s): ${place.event_types.join(", ")}`;
  }
  const tbody = document.querySelector("#map-places tbody");
  for (const place of places.events) {
    tableRow(tbody, [place.name, place.country, place.events, place.event_types.join(", "),
                     place.first_date === place.last_date ? place.first_date : `${place.first_date} – ${place.last_date}`]);
  }
  if (!places.events.length) {
    tableRow(tbody, ["No event has a resolved place in this window" +
                     (places.mentioned.length ? "; blue dots are places the articles mention." : "."), "", "", "", ""]);
  }
})();
