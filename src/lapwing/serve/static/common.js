/* Small helpers shared by the network and map pages (no library needed). */
"use strict";
const SVG_NS = "http://www.w3.org/2000/svg";

function svgElement(name, attributes, parent) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, value);
  if (parent) parent.appendChild(element);
  return element;
}

function showNotice(id, text) {
  const notice = document.getElementById(id);
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = false;
}

function apiUrl(path, container, extra) {
  const params = new URLSearchParams(extra || {});
  if (container.dataset.from) params.set("from", container.dataset.from);
  if (container.dataset.to) params.set("to", container.dataset.to);
  return path + "?" + params.toString();
}

async function fetchJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    const error = body && body.error ? body.error : { message: response.statusText };
    throw new Error(error.message || "request failed");
  }
  return body;
}

function tableRow(tbody, cells) {
  const row = document.createElement("tr");
  for (const cell of cells) {
    const td = document.createElement("td");
    if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell == null ? "" : String(cell);
    row.appendChild(td);
  }
  tbody.appendChild(row);
}

function actorLink(node) {
  const link = document.createElement("a");
  link.href = "/actors/" + encodeURIComponent(node.id).replace(/%2F/g, "/").replace(/%3A/g, ":");
  link.className = "actor";
  link.textContent = node.name || node.id;
  return link;
}
