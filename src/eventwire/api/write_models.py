"""Request and response shapes of the write endpoints (uploads, posted articles, jobs, KB files)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT_CHARS = 500_000
MAX_POSTED_ARTICLES = 1000


class ArticleIn(BaseModel):
    """One article as a dump record: the text, and what is known about it (column names as in JSONL)."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=256)
    published: str | None = Field(default=None, max_length=64, description="A date in any common format")
    dateline: str | None = Field(default=None, max_length=256)
    language: str | None = Field(default=None, max_length=16)
    id: str | None = Field(default=None, max_length=256, description="Your own id for the article")


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_POSTED_ARTICLES)


class ErrorOut(BaseModel):
    source_path: str
    reason: str


class JobSummaryOut(BaseModel):
    read: int
    stored: int
    unchanged: int
    skipped: int
    errors: list[ErrorOut] = Field(description="One line per input or record refused (the first 1,000)")
    reports_by_type: dict[str, int]
    stories: list[str] = Field(description="Stories the stored articles went into")


class JobOut(BaseModel):
    job_id: str
    kind: str = Field(description="upload | articles")
    status: str = Field(description="queued | running | done | failed")
    inputs: list[str] = Field(description="What was sent, by the names the client gave")
    created: str
    started: str | None = None
    finished: str | None = None
    summary: JobSummaryOut | None = None
    error: str | None = Field(default=None, description="Why the job failed, in one line")


class JobList(BaseModel):
    jobs: list[JobOut]


class KBFileOut(BaseModel):
    name: str = Field(description="The file's name in the user KB folder (chosen by the server)")
    entities: int | None = None
    bytes: int


class KBFileList(BaseModel):
    files: list[KBFileOut]
