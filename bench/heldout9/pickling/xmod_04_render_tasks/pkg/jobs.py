from .tasks import task


@task(name="render.page")
def render_page(template, context):
    out = template
    for key, value in context.items():
        out = out.replace("{" + key + "}", str(value))
    return out


@task()
def word_count(text):
    return len(text.split())
