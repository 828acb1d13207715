# an except block logs and re-raises with bare raise; the program dies with the original exception
def fetch(table, key):
    try:
        return table[key]
    except KeyError:
        print("fetch failed for", repr(key), "- re-raising")
        raise
def fetch_or(table, key, default):
    try:
        return fetch(table, key)
    except KeyError:
        return default
data = {"x": 1}
print(fetch(data, "x"), fetch_or(data, "w", "default"))
try:
    fetch(data, "y")
except KeyError as e:
    print("handled at top:", repr(e))
fetch(data, "z")
print("never printed")
