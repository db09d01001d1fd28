"""Error types. Messages say what went wrong and what to do about it."""


class McclassifyError(Exception):
    """Base class for errors raised by mcclassify."""


class ConfigError(McclassifyError):
    """A config, lexicon or taxonomy file is missing or malformed."""


class InputError(McclassifyError):
    """An input file or argument cannot be used (unknown format, missing file...)."""


class EncoderError(McclassifyError):
    """The sentence encoder could not be loaded or run."""


class OutputExistsError(McclassifyError):
    """The output file exists and overwriting was not allowed."""


class WorkerError(McclassifyError):
    """A worker process of a batch run died; the output written so far is kept for --resume."""
