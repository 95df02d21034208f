"""Reading articles and manifests: encodings, HTML, and clear errors naming the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.sources import article_paths, read_article, read_articles, read_manifest

TEXT = "Germany will send four IRIS-T systems to Ukraine, the minister said on Monday.\n"


def test_sources_reads_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert article.text == TEXT
    assert article.file_name == "a.txt"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_sources_decodes_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    text = (
        "Le ministre français Sébastien Lecornu a annoncé l'envoi de canons Caesar à l'Ukraine.\n"
    )
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path).text == text


def test_sources_same_text_in_two_encodings_hashes_alike(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Kyiv – Pistorius’ visit\n".encode())
    (tmp_path / "b.txt").write_bytes("Kyiv – Pistorius’ visit\r\n".encode("cp1252"))
    a, b = read_article(tmp_path / "a.txt"), read_article(tmp_path / "b.txt")
    assert a.content_hash == b.content_hash


def test_sources_html_keeps_the_article_and_drops_the_menu(tmp_path: Path) -> None:
    body = " ".join([TEXT.strip()] * 3)
    html = f"""<html><head><title>Berlin sends IRIS-T</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sub">Subscribe now</a></nav>
    <article><h1>Berlin sends IRIS-T</h1><p>{body}</p>
    <p>The package also includes 20,000 artillery shells, officials in Berlin said.</p></article>
    <footer>Cookie settings | Privacy policy</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert "IRIS-T systems" in article.text
    assert "20,000 artillery shells" in article.text
    assert "Cookie settings" not in article.text
    assert article.title == "Berlin sends IRIS-T"


def test_sources_publication_date_falls_back_to_crawl_stamp(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text(" date 2023-01-31 " + TEXT, encoding="utf-8")
    assert read_article(path).published == date(2023, 1, 31)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "NUL"),
    ],
)
def test_sources_bad_article_names_file_and_problem(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_article(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_sources_html_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_article(path)


def test_sources_manifest_rows_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "manifest.csv"
    good.write_text("file,published,source,url\na.txt,2024-11-25,dpa,\nb.txt,,,https://x.org/b\n")
    entries = read_manifest(good)
    assert entries["a.txt"].published == date(2024, 11, 25)
    assert entries["a.txt"].outlet == "dpa"
    assert entries["b.txt"].published is None
    assert entries["b.txt"].url == "https://x.org/b"

    bad_date = tmp_path / "bad_date.csv"
    bad_date.write_text("file,published,source,url\na.txt,25/11/2024,dpa,\n")
    with pytest.raises(InputError, match=r"line 2: published date '25/11/2024'"):
        read_manifest(bad_date)

    no_header = tmp_path / "no_header.csv"
    no_header.write_text("a.txt,2024-11-25\n")
    with pytest.raises(InputError, match="header"):
        read_manifest(no_header)


def test_sources_folders_are_walked_and_errors_are_yielded(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two.htm").write_text("<html><body><nav>x</nav></body></html>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [p.name for p in article_paths([tmp_path])] == ["one.txt", "two.htm"]
    results = list(read_articles([tmp_path]))
    assert [type(r).__name__ for r in results] == ["ArticleIn", "InputError"]
    with pytest.raises(InputError, match="no such file"):
        article_paths([tmp_path / "missing"])
