"""The project's own single-choice package, used where third-party ones are absent."""

from h5p.demo_package import single_choice_package


def tiny_quiz_zip():
    return single_choice_package(
        title="Which is an indicator?",
        question="Which is an indicator of trafficking?",
        answers=["A valid work contract", "The employer keeps the passport"],
        correct=1,
    )
