"""Problems in posts and sites, in plain words: what is wrong, where, and what to do.

``from editor_app.core.checks import Problem, check_post, check_site, read_problem``
"""

from editor_app.core.checks.problem import CODES, Problem, Severity
from editor_app.core.checks.validate import check_post, check_site, read_problem

__all__ = ["CODES", "Problem", "Severity", "check_post", "check_site", "read_problem"]
