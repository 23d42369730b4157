"""Question versions: the frozen content an attempt was asked and is scored against."""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.db.models import Max

from .models import Question, QuestionVersion


def question_snapshot(question: Question) -> dict:
    """Return the question's content as a plain dict (options in authored order)."""
    options = []
    for index, option in enumerate(question.options.all(), start=1):
        options.append(
            {
                "id": option.pk or -index,
                "text": option.text,
                "correct": option.is_correct,
                "match": option.match,
                "feedback": option.feedback,
            }
        )
    return {
        "kind": question.kind,
        "text": question.text,
        "general_feedback": question.general_feedback,
        "penalise_wrong_picks": question.penalise_wrong_picks,
        "accept_plain_letters": question.accept_plain_letters,
        "options": options,
    }


def _content_hash(snapshot: dict) -> str:
    encoded = json.dumps(snapshot, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def current_version(question: Question) -> QuestionVersion:
    """Return the version matching the question's content now, creating it if new."""
    return stored_version(question, question_snapshot(question))


def stored_version(question: Question, snapshot: dict) -> QuestionVersion:
    """Return the version of `question` holding `snapshot`, creating it if new."""
    content_hash = _content_hash(snapshot)
    existing = QuestionVersion.objects.filter(
        question=question, content_hash=content_hash
    ).first()
    if existing is not None:
        return existing
    for _retry in range(3):
        number = (
            QuestionVersion.objects.filter(question=question).aggregate(
                top=Max("number")
            )["top"]
            or 0
        ) + 1
        try:
            with transaction.atomic():
                return QuestionVersion.objects.create(
                    question=question,
                    number=number,
                    content_hash=content_hash,
                    snapshot=snapshot,
                )
        except IntegrityError:
            existing = QuestionVersion.objects.filter(
                question=question, content_hash=content_hash
            ).first()
            if existing is not None:
                return existing
    raise IntegrityError("Could not store a new question version.")
