"""Team sync through git, without a git install: status, pull with a real merge, commit, push.

dulwich does the git work (pure Python, with optional compiled parts); merge3 merges a post line
by line; keyring keeps HTTPS tokens in the OS credential store. A system git, when installed,
is used only to read status on large repositories (`system.py`, measured in
tests/benchmarks/bench_git.py). One module per responsibility:

- `repo.py` the repository around a site: branch, upstream, state checks, identity;
- `status.py` what changed (`read_status` → `RepoStatus`);
- `merge.py` the three-way merge of one file; `pull.py` plan and apply a pull;
- `renames.py` which deleted file became which new one (a pull and the commit dialog);
- `commit.py` commit chosen paths, pair renames, the message template;
- `transport.py` fetch and push, with transport errors in plain words;
- `credentials.py` user names and tokens in the OS credential store;
- `sync.py` pull → commit → push, with retries when the remote moved;
- `diff.py` a post's changes since the last commit; `worktree.py` reading and writing files;
- `errors.py` the GitError kinds; `locate.py` and `message.py` need no dulwich, so the window
  can use them without loading the git machinery at start.

Import the modules themselves (this package imports nothing, to keep start-up fast).
"""
