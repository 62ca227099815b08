"""Which deleted file became which new one (`renames.pair_renames`), narrowed for posts."""

from __future__ import annotations

from editor_app.core.git.renames import MAX_PAIRS, pair_renames
from tests.gitrepos import post_text

BODY = "".join(f"Paragraph {n} of a long report from the provincial desk.\n" for n in range(30))


def pairs(deleted: dict[str, str], added: dict[str, str]) -> dict[str, str]:
    return pair_renames(
        {p: t.encode() for p, t in deleted.items()},
        {p: t.encode() for p, t in added.items()},
        lambda text: text,
    )


def test_the_same_content_is_a_rename_and_a_twin_goes_to_the_same_name() -> None:
    text = post_text("A", "same\n")
    assert pairs({"_posts/a.md": text, "_posts/b.md": text}, {"_posts/x/b.md": text}) == {
        "_posts/x/b.md": "_posts/b.md"
    }


def test_a_date_fix_and_publishing_a_draft_keep_the_name_after_the_date() -> None:
    short = post_text("First", "Line one.\nLine two.\nLine three.\nLine four.\nLine five.\n")
    moved = short.replace("2024-03-01", "2024-03-09").replace("Line two.", "Line 2.")
    assert pairs(
        {"_posts/2024-03-01-first.md": short, "_drafts/draft.md": short + "x\n"},
        {"_posts/2024-03-09-first.md": moved, "_posts/2024-03-09-draft.md": moved + "x\n"},
    ) == {
        "_posts/2024-03-09-first.md": "_posts/2024-03-01-first.md",
        "_posts/2024-03-09-draft.md": "_drafts/draft.md",
    }


def test_an_unrelated_post_with_the_same_front_matter_is_no_rename() -> None:
    # short posts share most of their lines: `---`, the layout, the tags
    deleted = post_text("Second post", "Alpha.\nBeta.\nGamma.\n")
    added = post_text("Weather", "Sunny.\nWindy.\nCold.\n")
    assert (
        pairs({"_posts/2024-03-02-second.md": deleted}, {"_posts/2024-03-02-weather.md": added})
        == {}
    )


def test_a_retitled_long_post_is_a_rename_by_its_content() -> None:
    old = post_text("Report", BODY)
    new = post_text("Report, updated", BODY)
    other = post_text("Other", BODY[: len(BODY) // 2])
    assert pairs(
        {"_posts/2024-03-01-report.md": old},
        {"_posts/2024-03-01-other.md": other, "_posts/2024-03-01-final-report.md": new},
    ) == {"_posts/2024-03-01-final-report.md": "_posts/2024-03-01-report.md"}


def test_beyond_the_limit_only_same_content_and_same_names_are_compared() -> None:
    old = post_text("Report", BODY)
    loads: list[str] = []

    def load(key: str) -> bytes:
        loads.append(key)
        return (post_text("Report, updated", BODY) if key == "final" else old).encode()

    added = {f"_posts/2024-01-01-bot-{n}.md": f"bot-{n}" for n in range(MAX_PAIRS + 1)}
    added["_posts/2024-03-02-final-report.md"] = "final"
    added["_posts/2024-03-02-report.md"] = "renamed"
    found = pair_renames({"_posts/2024-03-01-report.md": "old"}, added, load)
    assert found == {"_posts/2024-03-02-report.md": "_posts/2024-03-01-report.md"}
    assert sorted(loads) == ["old", "renamed"]  # not the 10,001 other new files


def test_the_best_match_wins_whichever_new_file_comes_first() -> None:
    # a date fix of a post, and a new draft of the same series from its template
    template = "".join(f"Agenda item {n}: to be decided.\n" for n in range(12))
    post = post_text("Weekly meeting", template.replace("to be decided", "settled") + BODY)
    fixed = post.replace("2024-03-01", "2024-03-04")
    draft = post_text("Weekly meeting", template + BODY)  # most of the post: above the bar
    assert pairs(
        {"_posts/2024-03-01-weekly-meeting.md": post},
        {"_drafts/weekly-meeting.md": draft, "_posts/2024-03-04-weekly-meeting.md": fixed},
    ) == {"_posts/2024-03-04-weekly-meeting.md": "_posts/2024-03-01-weekly-meeting.md"}


def test_posts_are_compared_by_their_bodies() -> None:
    # the same long body under a new title and name: the same post; another body under the
    # same front matter: another post
    body = BODY
    other = "".join(f"Line {n} of an unrelated story.\n" for n in range(30))
    assert pairs(
        {"_posts/2024-03-01-a.md": post_text("A", body)},
        {
            "_posts/2024-03-01-b.md": post_text("A", other),
            "_posts/2024-03-01-c.md": post_text("Another title", body).replace("news", "world"),
        },
    ) == {"_posts/2024-03-01-c.md": "_posts/2024-03-01-a.md"}
