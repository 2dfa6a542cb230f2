class SearchBase:
    def __init__(self):
        self.nodes = 0

    def candidate_moves(self, position):
        return position.pseudo_legal_moves()

    def evaluate(self, position, move):
        raise NotImplementedError

    def search(self, position):
        best_score = float("-inf")
        for move in self.candidate_moves(position):
            self.nodes += 1
            score = self.evaluate(position, move)
            if score > best_score:
                best_score, best_move = score, move
        return best_move, best_score

    def go(self, position):
        move, score = self.search(position)
        return f"bestmove {move.src}{move.dst} score {score:.2f} nodes {self.nodes}"
