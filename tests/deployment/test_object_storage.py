"""Media in S3-compatible object storage: an image uploaded in the admin is shown in a lesson from the bucket.

A real S3 API runs on this machine (moto_server, started here); the site runs as in production
(gunicorn, production settings) with the bucket named in its environment.
"""

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html import unescape

import boto3
import pytest
from wagtail.images.tests.utils import get_test_image_file

from elearning.settings.base import s3_media_storages

from .servers import Gunicorn, Visitor, free_port, fresh_database, manage, production_env

pytestmark = pytest.mark.deployment

BUCKET = "partnership-media"
REGION = "eu-west-2"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
# What docs/deploy.md asks of an operator: anyone may read renditions, nothing else.
PUBLIC_RENDITIONS = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/renditions/*",
        }
    ],
}
LESSON_SCRIPT = """
import json
from wagtail.images import get_image_model
from modules.models import LessonPage
image = get_image_model().objects.get(title="A family kitchen")
lesson = LessonPage.objects.live().order_by("path").first()
lesson.body = [("image", {"image": image, "alt_text": "A kitchen table", "caption": "Where it happened."})]
lesson.save_revision().publish()
print(json.dumps({"url": lesson.url, "original": image.file.name}))
"""


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(endpoint + "/moto-api/", timeout=1)  # noqa: S310 - our own local server
                break
            except OSError:
                time.sleep(0.1)
        yield endpoint
    finally:
        server.terminate()
        server.wait()


@pytest.fixture(scope="module")
def bucket(s3_endpoint):
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS))
    return client


@pytest.fixture(scope="module")
def site_on_s3(s3_endpoint, bucket, static_root):
    database = fresh_database()
    media = {"MEDIA_S3_BUCKET": BUCKET, "MEDIA_S3_ENDPOINT_URL": s3_endpoint, "MEDIA_S3_REGION": REGION}
    env = production_env(database.url, DJANGO_STATIC_ROOT=static_root, **media, **CREDENTIALS)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    server = Gunicorn(env, workers=2)
    try:
        yield server.start()
    finally:
        server.stop()
        database.drop()


def keys_in(client, prefix):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])]


def test_no_bucket_means_media_stay_on_local_disk():
    assert s3_media_storages({}) is None


def test_an_image_uploaded_in_the_admin_is_shown_in_a_lesson_from_the_bucket(site_on_s3, bucket):
    admin = Visitor()
    admin.sign_in(site_on_s3, "admin@example.org", path="/admin/login/")
    png = get_test_image_file().file.getvalue()
    upload = admin.upload(
        site_on_s3, "/admin/images/add/", {"title": "A family kitchen"}, {"file": ("kitchen.png", "image/png", png)}
    )
    assert upload.status == 302, site_on_s3.errors()
    lesson = json.loads(manage(site_on_s3.env, "shell", "--no-imports", "-c", LESSON_SCRIPT).strip().splitlines()[-1])
    assert keys_in(bucket, "media/original_images/") == [f"media/{lesson['original']}"]

    learner = Visitor()
    learner.sign_in(site_on_s3, "learner@example.org")
    page = learner.get(site_on_s3, lesson["url"])

    assert page.status == 200
    source = unescape(re.search(r'<img[^>]+alt="A kitchen table"[^>]+src="([^"]+)"', page.body).group(1))
    assert source.startswith(f"{bucket.meta.endpoint_url}/{BUCKET}/renditions/")
    assert "X-Amz-Signature" not in source, "rendition URLs are cached in the page HTML, so they must not expire"
    with urllib.request.urlopen(source) as reply:  # noqa: S310 - the local S3 API
        assert reply.status == 200
        assert reply.read(8) == b"\x89PNG\r\n\x1a\n"
    assert len(keys_in(bucket, "renditions/")) == 1
    original = f"{bucket.meta.endpoint_url}/{BUCKET}/media/{lesson['original']}"
    with pytest.raises(urllib.error.HTTPError, match="403"):
        urllib.request.urlopen(original)  # noqa: S310 - originals stay private
