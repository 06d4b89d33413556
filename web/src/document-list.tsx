// The first page: every source article with its progress per language.

import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ProjectView } from '../../src/serve/api-types.js';
import { api } from './api.js';
import { docHref } from './app.js';
import { ProgressBar } from './badges.js';

export function DocumentList(): JSX.Element {
  const [project, setProject] = useState<ProjectView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.project().then(setProject, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (!project) return <p class="loading">Loading the documents…</p>;
  if (project.docs.length === 0) return <p>No source articles yet: add Markdown files to the source folder and run <code>tessera extract</code>.</p>;
  return (
    <section class="documents">
      <h1>Documents</h1>
      <table class="doc-table">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Segments</th>
            {project.langs.map((lang) => (
              <th scope="col" key={lang.code}>
                {lang.name} <span class="lang-code">({lang.code})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {project.docs.map((doc) => (
            <tr key={doc.name}>
              <th scope="row">
                <span class="doc-name">{doc.name}</span>
                <span class="doc-title" lang={project.sourceLang}>{doc.title}</span>
              </th>
              <td class="num">{doc.segments}</td>
              {project.langs.map((lang) => {
                const progress = doc.progress.find((p) => p.lang === lang.code);
                return (
                  <td key={lang.code}>
                    {progress && <ProgressBar progress={progress} name={lang.name} />}
                    <a class="translate-link" href={docHref(doc.name, lang.code)}>
                      Translate into {lang.name}
                      <span class="visually-hidden"> : {doc.name}</span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
