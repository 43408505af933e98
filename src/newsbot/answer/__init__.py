"""Questions in, verbatim cited answers out."""

from .model import Answer, AnswerPart, Citation, QuestionKind

__all__ = ["Answer", "AnswerPart", "Citation", "QuestionKind"]
