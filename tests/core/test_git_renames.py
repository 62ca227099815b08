"""Which deleted file became which new one (`renames.pair_renames`), narrowed for posts: a wrong
pair would move an editor's edits into another post without a word."""

from __future__ import annotations

from editor_app.core.git.renames import MAX_PAIRS, pair_renames
from tests.gitrepos import post_text

BODY = "".join(f"Paragraph {n} of a long report from the provincial desk.\n" for n in range(30))
FOOTER = "".join(f"Footer line {n}: subscribe, contact, copyright.\n" for n in range(30))


def pairs(deleted: dict[str, str], added: dict[str, str]) -> dict[str, str]:
    return pair_renames(
        {p: t.encode() for p, t in deleted.items()},
        {p: t.encode() for p, t in added.items()},
        lambda text: text,
        lambda text: not text,
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


def test_posts_that_only_share_front_matter_or_a_footer_are_no_rename() -> None:
    # short posts share most of their lines (`---`, the layout, the tags); long ones a footer
    deleted = post_text("Second post", "Alpha.\nBeta.\nGamma.\n")
    added = post_text("Weather", "Sunny.\nWindy.\nCold.\n")
    assert (
        pairs({"_posts/2024-03-02-second.md": deleted}, {"_posts/2024-03-02-weather.md": added})
        == {}
    )
    night = post_text("Election night", "Votes are counted.\n" + FOOTER)
    budget = post_text("Budget vote", "The budget passed.\n" + FOOTER)
    assert (
        pairs(
            {"_posts/2024-03-05-election-night.md": night},
            {"_posts/2024-03-06-budget-vote.md": budget},
        )
        == {}
    )


def test_empty_files_are_no_rename() -> None:
    assert pairs({"_posts/2024-03-05-todo.md": ""}, {"assets/.gitkeep": ""}) == {}


def test_a_retitled_post_under_a_new_name_is_a_rename_only_with_the_same_content() -> None:
    old = post_text("Report", BODY)
    assert (
        pairs(
            {"_posts/2024-03-01-report.md": old},
            {"_posts/2024-03-01-final-report.md": post_text("Report, updated", BODY)},
        )
        == {}
    )
    assert pairs(
        {"_posts/2024-03-01-report.md": old}, {"_posts/2024-03-01-final-report.md": old}
    ) == {"_posts/2024-03-01-final-report.md": "_posts/2024-03-01-report.md"}


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
    # a copy of the old post under another name does not take the date fix's place
    hello = post_text("Hello", BODY)
    assert pairs(
        {"_posts/2024-03-01-hello.md": hello},
        {
            "_posts/2024-03-01-hello-2.md": hello,
            "_posts/2024-03-09-hello.md": hello.replace("2024-03-01", "2024-03-09"),
        },
    ) == {"_posts/2024-03-09-hello.md": "_posts/2024-03-01-hello.md"}


def test_posts_are_compared_by_their_bodies() -> None:
    # the same long body under new front matter is the same post
    old = post_text("A", BODY)
    new = post_text("Another title", BODY).replace("news", "world").replace("post", "page")
    assert pairs({"_posts/2024-03-01-a.md": old}, {"_posts/2024-04-01-a.md": new}) == {
        "_posts/2024-04-01-a.md": "_posts/2024-03-01-a.md"
    }


def test_beyond_the_limit_only_the_same_content_is_paired() -> None:
    loads: list[str] = []

    def load(key: str) -> bytes:
        loads.append(key)
        return post_text("Digest", BODY + key).encode()

    # a daily series: every deleted digest has the name of every new one
    deleted = {f"_posts/2024-01-{n % 28 + 1:02d}-{n}/digest.md": f"old{n}" for n in range(200)}
    added = {f"_posts/2024-02-{n % 28 + 1:02d}-{n}/digest.md": f"new{n}" for n in range(200)}
    added["_posts/archive/digest-7.md"] = "old7"  # the same content: still a rename
    assert len(deleted) * len(added) > MAX_PAIRS
    found = pair_renames(deleted, added, load, lambda key: not key)
    assert found == {"_posts/archive/digest-7.md": "_posts/2024-01-08-7/digest.md"}
    assert loads == []  # nothing read


def test_numbered_slugs_share_a_name_and_a_template_but_not_their_text() -> None:
    template = "".join(f"field{n}: 值{n}\n" for n in range(9))
    one = f"---\ntitle: 第一条\n{template}---\n山城邮政网点今日开业，市民排队办理业务。\n"
    other = f"---\ntitle: 第二条\n{template}---\n新城区公交线路调整，下周一起执行新时刻表。\n"
    assert pairs({"_posts/2024-03-01-1.md": one}, {"_posts/2024-03-05-1.md": other}) == {}
    # the same post with its date fixed is still one file
    fixed = one.replace("第一条", "第一条（更正）")
    assert pairs({"_posts/2024-03-01-1.md": one}, {"_posts/2024-03-05-1.md": fixed}) == {
        "_posts/2024-03-05-1.md": "_posts/2024-03-01-1.md"
    }


def test_many_identical_files_moved_at_once_pair_in_linear_time() -> None:
    moved = pairs(
        {f"a/{n}/stub.md": "a stub page\n" for n in range(5000)},
        {f"b/{n}/stub.md": "a stub page\n" for n in range(5000)},
    )
    assert len(moved) == 5000 and len(set(moved.values())) == 5000
