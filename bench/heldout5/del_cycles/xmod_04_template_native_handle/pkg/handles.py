import itertools

FREED_HANDLES = []
_handles = itertools.count(1)


class NativeHandleMixin:
    def acquire_handle(self):
        self.handle = next(_handles)
        return self.handle

    def __del__(self):
        handle = getattr(self, "handle", None)
        if handle is not None:
            FREED_HANDLES.append(handle)
