# word frequency analysis with dicts; output sorted deterministically
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
def words(text):
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
print("total words:", sum(counts.values()), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for word, n in top:
    print(f"{word:12} {n:3} {'#' * n}")
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
singletons = sorted(w for w, n in counts.items() if n == 1)
print(len(singletons), singletons[:8])
letters = {}
for w in words(TEXT):
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:12]))
bigrams = {}
ws = list(words(TEXT))
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
first_seen = {}
for i, w in enumerate(ws):
    first_seen.setdefault(w, i)
print(list(first_seen)[:12])
initials = {}
for w in counts:
    initials.setdefault(w[0], []).append(w)
print([(k, sorted(v)) for k, v in sorted(initials.items()) if len(v) > 2])
