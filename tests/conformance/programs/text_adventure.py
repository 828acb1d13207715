# a text-adventure state machine driven by a scripted list of commands
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}
    def do(self, line):
        if self.state != "playing":
            return "the game is over"
        verb, _, arg = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        self.moves += 1
        try:
            return handler(arg) if arg else handler()
        except TypeError:
            return f"{verb} needs {'no' if arg else 'an'} argument"
    def cmd_look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
    def cmd_go(self, direction):
        exits = self.rooms[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if self.rooms[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            self.rooms[target]["locked"] = False
            self.room = target
            return "You unlock the door with the key. " + self.cmd_look()
        self.room = target
        return self.cmd_look()
    def cmd_take(self, item):
        items = self.rooms[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return f"You take the treasure. You win in {self.moves} moves!"
        return f"Taken: {item}."
    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.rooms[self.room]["items"].append(item)
        return f"Dropped: {item}."
    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
script = ["look", "take lamp", "go west", "go east", "go down", "go west", "go north", "take key", "take sword",
          "dance", "drop lamp", "look", "inventory", "go south", "go east", "go down", "look", "take", "take treasure", "look"]
game = Game()
for line in script:
    print(f"> {line}")
    print("  " + game.do(line))
print(game.state, game.moves, sorted(game.inventory), game.rooms["library"]["items"])
