"""The citizens' pages in a real headless Chromium, without signing in: /publik with the city's
figures, the map and the reports finished last with their follow-up photos, and /lacak for a valid
tracking number and a mistyped one, at 1280 and 390 px wide (docs/screenshots/public-*.png,
tracking-*.png). Nothing here needs JavaScript: the tracking form is a GET form."""

import json
import os
import tempfile
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PASSWORD
from test_console import SCREENSHOTS, browser, png, save


def api(hub, path, token=None, body=None, content_type="application/json"):
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(hub.url + path, data=data, method="POST", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def finish_with_photos(hub, count):
    """The province coordinator works `count` of the filled reports to selesai, each with a follow-up photo."""
    token = api(hub, "/api/v1/auth/login", body={"username": "koor.dki", "password": PASSWORD})["token"]
    with tempfile.TemporaryDirectory() as work:
        picture = open(png(os.path.join(work, "tl.png"), size=160), "rb").read()
    finished = []
    for number in hub.fill[-count:]:
        status = hub.sql(f"SELECT status FROM reports WHERE tracking_number = '{number}'")[0]
        if status == "selesai":
            finished.append(number)
            continue
        if status == "menunggu":
            api(hub, f"/api/v1/reports/{number}/start", token, {})
        photo = api(hub, f"/api/v1/reports/{number}/photos", token, picture, content_type="image/png")["id"]
        api(hub, f"/api/v1/reports/{number}/complete", token,
            {"note": "Sudah ditangani petugas", "photos": [photo]})
        finished.append(number)
    return finished


def test_the_public_page_and_tracking(hub):
    finished = finish_with_photos(hub, 4)
    os.makedirs(SCREENSHOTS, exist_ok=True)
    number = finished[-1]
    typo = number[:-1] + str((int(number[-1]) + 1) % 10)
    for width in (1280, 390):
        driver = browser(javascript=False, width=width)
        try:
            driver.get(hub.url + "/publik")
            assert "Laporan Warga Jakarta" in driver.find_element(By.TAG_NAME, "h1").text
            assert driver.find_elements(By.CSS_SELECTOR, "svg.map path.area")
            photos = driver.find_elements(By.CSS_SELECTOR, "ul.finished img")
            assert photos, "no follow-up photo on the public page"
            # The photos loaded (a broken image has no natural width).
            assert all(driver.execute_script("return arguments[0].naturalWidth", img) > 0 for img in photos)
            assert "Warga" not in driver.find_element(By.CSS_SELECTOR, "ul.finished").text
            save(driver, "public", width)

            driver.find_element(By.ID, "nomor").send_keys(number)
            driver.find_element(By.CSS_SELECTOR, "form.track button").click()
            # The click submits the form; the tracking page may not have loaded when it returns.
            WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".tracked h2"))
            assert f"Laporan {number}" in driver.find_element(By.CSS_SELECTOR, ".tracked h2").text
            assert "Selesai" in driver.find_element(By.CSS_SELECTOR, ".tracked .badge").text
            assert driver.find_elements(By.CSS_SELECTOR, ".tracked figure.photo img")
            save(driver, "tracking", width)

            driver.get(hub.url + "/lacak?nomor=" + typo)
            assert "periksa kembali angkanya" in driver.find_element(By.CSS_SELECTOR, ".flash.error").text
            save(driver, "tracking-typo", width)
        finally:
            driver.quit()
