from dataclasses import dataclass, field


class MergeConflict(Exception):
    def __init__(self, paths):
        super().__init__(f"conflicts in {', '.join(paths)}")
        self.paths = paths


@dataclass
class MergeResult:
    ok: bool
    conflicts: list = field(default_factory=list)


class Repository:
    def __init__(self):
        self.commits = {}
        self.branches = {}
        self.pending_conflicts = []
        self.head = "main"

    def commit(self, branch, tree, parent=None):
        cid = f"c{len(self.commits)}"
        self.commits[cid] = {"tree": dict(tree), "parent": parent}
        self.branches[branch] = cid
        return cid

    def _ancestors(self, cid):
        seen = []
        while cid is not None:
            seen.append(cid)
            cid = self.commits[cid]["parent"]
        return seen

    def _merge_base(self, a, b):
        theirs = set(self._ancestors(b))
        for cid in self._ancestors(a):
            if cid in theirs:
                return cid
        return None

    def _three_way(self, base, ours, theirs):
        merged, conflicts = {}, []
        for path in sorted(set(base) | set(ours) | set(theirs)):
            b, o, t = base.get(path), ours.get(path), theirs.get(path)
            if o == t or t == b:
                merged[path] = o
            elif o == b:
                merged[path] = t
            else:
                conflicts.append(path)
                merged[path] = f"<<<<<<< ours\n{o}\n=======\n{t}\n>>>>>>> theirs"
        if conflicts:
            raise MergeConflict(conflicts)
        return merged

    def _tree(self, cid):
        return self.commits[cid]["tree"] if cid else {}

    def merge(self, branch):
        conflict = None
        ours_id, theirs_id = self.branches[self.head], self.branches[branch]
        base = self._tree(self._merge_base(ours_id, theirs_id))
        ours, theirs = self._tree(ours_id), self._tree(theirs_id)
        try:
            merged = self._three_way(base, ours, theirs)
        except MergeConflict as conflict:
            self.pending_conflicts.extend(conflict.paths)
            merged = {**ours, **{p: "CONFLICT" for p in conflict.paths}}
        self.commit(self.head, merged, parent=ours_id)
        if conflict is not None:
            return MergeResult(ok=False, conflicts=list(conflict.paths))
        return MergeResult(ok=True)


if __name__ == "__main__":
    repo = Repository()
    root = repo.commit("main", {"README": "hello", "setup.cfg": "v1"})
    repo.commit("feature", {"README": "hello", "setup.cfg": "v1", "app.py": "x"}, parent=root)
    assert repo.merge("feature").ok

    repo.commit("hotfix", {"README": "hi there", "setup.cfg": "v2"}, parent=root)
    repo.commit("main", {"README": "hello world", "setup.cfg": "v1", "app.py": "x"},
                parent=repo.branches["main"])
    try:
        repo.merge("hotfix")
    except UnboundLocalError as exc:
        assert "conflict" in str(exc), exc
        assert repo.pending_conflicts == ["README"]
        print("BUG SHOWN")
    else:
        raise AssertionError("merge with conflicts unexpectedly returned")
