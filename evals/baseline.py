"""The textbook LangChain build, for comparison: RecursiveCharacterTextSplitter (1000/200) over
the raw text, no cleaning, no structure, no lexical index; dense-only Chroma top-4 with the same
embedder. Answers come from the same extractive answerer, so the difference the report shows is
what our ingestion and retrieval add."""

from __future__ import annotations

import hashlib
import json

from ingest.catalog import DocRecord
from ingest.cleaning import clean
from ingest.dates import years_in
from ingest.documents import Chunk
from ingest.loaders import load_file
from ingest.manifest import build_meta
from ingest.pipeline import Ingestor, SourceFile, _display_path, _Prepared


class TextbookIngestor(Ingestor):
    """Same incremental machinery and store; only the preparation of a document differs."""

    def prepare(self, source: SourceFile) -> _Prepared:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        loaded = load_file(source.path, int(self.settings.max_file_mb * 1e6))
        text = loaded.text
        meta = build_meta(source.doc_id, _display_path(source.path), source.entry, clean(text), loaded.properties)
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        chunks = []
        for position, doc in enumerate(splitter.create_documents([text])):
            start = int(doc.metadata["start_index"])
            body = doc.page_content
            chunks.append(Chunk(Chunk.make_id(source.doc_id, body, position), source.doc_id, body, start,
                                start + len(body), "", years_in(body), position))
        digest = hashlib.sha256(json.dumps(["textbook", meta.to_dict(), text]).encode()).hexdigest()
        record = DocRecord(meta, digest, str(source.path.resolve()), text, [c.chunk_id for c in chunks])
        return _Prepared(source, record, chunks)
