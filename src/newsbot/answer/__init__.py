"""Questions in, verbatim cited answers out."""

from .answerer import Answerer
from .model import Answer, AnswerPart, Citation, QuestionKind

__all__ = ["Answer", "AnswerPart", "Answerer", "Citation", "QuestionKind"]
