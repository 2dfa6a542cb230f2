class TextBuffer:
    def __init__(self, text=""):
        self.text = text
        self.cursor = len(text)

    def insert(self, snippet):
        self.text = self.text[:self.cursor] + snippet + self.text[self.cursor:]
        self.cursor += len(snippet)
