# ends with an uncaught custom exception carrying attributes, raised from a chained handler
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key
def load(settings):
    for key in ["host", "port", "user"]:
        try:
            value = settings[key]
        except KeyError as e:
            raise ConfigError(key, "missing") from e
        print("loaded", key, "=", value)
load({"host": "localhost", "port": 8080, "user": "me"})
try:
    load({"host": "h"})
except ConfigError as e:
    print("caught:", e, "| key:", e.key, "| cause:", repr(e.__cause__))
print(issubclass(ConfigError, Exception), ConfigError("k", "p").args)
load({"host": "example", "port": 1})
print("never printed")
