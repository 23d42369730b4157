from django.dispatch import Signal

# Sent after the transaction that recorded the result commits.
activity_completed = Signal()  # kwargs: enrollment, page, activity_key, progress
module_completed = Signal()  # kwargs: enrollment, module, completed_at
course_completed = Signal()  # kwargs: enrollment, completed_at
