// The page at / : run the query box against /sparql and show the library from /queries.
// Everything from the server is inserted as text (textContent), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return term.value;
  if (term.type === "bnode") return "_:" + term.value;
  if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
  return term.value;
}

function showTable(data) {
  const out = $("results");
  out.textContent = "";
  if ("boolean" in data) {
    out.textContent = data.boolean ? "yes" : "no";
    return;
  }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  for (const row of rows) {
    const tr = table.insertRow();
    for (const v of vars) tr.insertCell().textContent = cell(row[v]);
  }
  out.appendChild(table);
  $("status").textContent = rows.length + (rows.length === 1 ? " row" : " rows");
}

async function run(event) {
  if (event) event.preventDefault();
  const status = $("status");
  status.className = "muted";
  status.textContent = "Running…";
  $("results").textContent = "";
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: $("query").value,
    });
  } catch (err) {
    status.className = "error";
    status.textContent = "The server could not be reached: " + err;
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  const text = await response.text();
  if (!response.ok) {
    status.className = "error";
    status.textContent = response.status + " " + text;
  } else if (type.startsWith("application/sparql-results+json")) {
    showTable(JSON.parse(text));
  } else {
    const pre = document.createElement("pre");
    pre.textContent = text;
    $("results").appendChild(pre);
    status.textContent = "";
  }
}

async function library() {
  const nav = $("library");
  try {
    const queries = await (await fetch("/queries")).json();
    nav.querySelector("p").remove();
    for (const q of queries) {
      const button = document.createElement("button");
      button.type = "button";
      const name = document.createElement("strong");
      name.textContent = q.name;
      const question = document.createElement("small");
      question.textContent = q.question;
      button.append(name, question);
      button.title = "Parameters: " + q.parameters;
      button.addEventListener("click", () => { $("query").value = q.text; });
      nav.appendChild(button);
    }
  } catch (err) {
    nav.querySelector("p").textContent = "The library could not be loaded.";
  }
}

$("form").addEventListener("submit", run);
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && e.ctrlKey) run(e); });
library();
