"""The officers' console in a real headless Chromium (Debian's chromium and chromium-driver,
Selenium from PyPI): the koordinator-to-agency walk with and without JavaScript, scope, CSRF,
and screenshots of the queue, a report page and the map at 1280 and 390 px wide."""

import os
import struct
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zlib

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, ROOT

SCREENSHOTS = os.environ.get("ASPIRASI_SCREENSHOTS", os.path.join(ROOT, "docs", "screenshots"))


def browser(javascript=True, width=1280):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},900", "--lang=id"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))


def png(path, size=96):
    """A small real PNG (a gradient), for the follow-up photo."""
    raw = b""
    for y in range(size):
        raw += b"\x00" + b"".join(bytes((x * 255 // size, y * 255 // size, 120)) for x in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def save(driver, name, width):
    """Checks that the page fits the window's width (nothing sticks out sideways on a phone), then saves
    the whole page, its images loaded, as docs/screenshots/NAME-WIDTH.png."""
    driver.set_window_size(width, 900)
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return Array.from(document.images).every(i => i.complete)"))
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{name} is {overflow}px wider than the window"
    height = driver.execute_script("return document.documentElement.scrollHeight")
    # The window's height includes what the browser draws around the page.
    driver.set_window_size(width, max(900, height + 140))
    driver.save_screenshot(os.path.join(SCREENSHOTS, f"{name}-{width}.png"))


def submit(driver, button):
    """Clicks a form's button and waits for the page the POST redirects to."""
    page = driver.find_element(By.TAG_NAME, "html")
    button.click()

    def replaced(_):
        # Chromium sometimes answers a look at the old page, while the new one replaces it, with an inspector
        # error instead of a stale reference; both mean the page is gone.
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    WebDriverWait(driver, 20).until(replaced)


def sign_in(driver, hub, username):
    driver.get(hub.url + "/console/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    assert driver.current_url.endswith("/console/reports"), driver.current_url


def sign_out(driver):
    submit(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Keluar']"))
    assert "/console/login" in driver.current_url


def open_action(driver, title):
    """Opens an action's <details> (no script needed) and returns its form."""
    details = driver.find_element(By.XPATH, f"//details[summary[normalize-space()='{title}']]")
    details.find_element(By.TAG_NAME, "summary").click()
    return details.find_element(By.TAG_NAME, "form")


def flash(driver):
    return driver.find_element(By.CSS_SELECTOR, ".flash").text


def status_word(driver):
    """The report's status word, and the flash message if there is one (it explains a refusal)."""
    word = driver.find_element(By.CSS_SELECTOR, ".report-head .badge").text.strip()
    messages = driver.find_elements(By.CSS_SELECTOR, ".flash")
    return word if not messages or "flash success" in messages[0].get_attribute("class") else f"{word}: {messages[0].text}"


def http(hub, path, cookie, data=None):
    """A request with a browser's session cookie; returns the HTTP status."""
    request = urllib.request.Request(
        hub.url + path, data=data, method="POST" if data is not None else "GET",
        headers={"Cookie": f"aspirasi_session={cookie}", "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_koordinator_disposes_and_agency_completes(hub, javascript):
    suffix = "js" if javascript else "nojs"
    point = (-6.1790, 106.8240) if javascript else (-6.1810, 106.8300)  # both in Gambir, apart
    number = hub.report(f"walk-{suffix}", *point, "Jalan berlubang dalam dan lebar di dekat Monas")
    driver = browser(javascript)
    try:
        # The koordinator finds the partner API's report in the queue and disposes it to the Suku Dinas.
        sign_in(driver, hub, "koor.gambir")
        driver.find_element(By.LINK_TEXT, number).click()
        assert status_word(driver) == "Menunggu"
        form = open_action(driver, "Disposisi ke SKPD")
        agency = Select(form.find_element(By.NAME, "agency"))
        assert agency.first_selected_option.get_attribute("value") == "31.71-BM"
        submit(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        assert "berhasil" in flash(driver)
        assert status_word(driver) == "Disposisi"
        sign_out(driver)

        # The agency's petugas accepts (the work starts: Proses) and completes with a photo.
        sign_in(driver, hub, "petugas.sudin")
        driver.find_element(By.LINK_TEXT, number).click()
        submit(driver, driver.find_element(By.XPATH, "//form[contains(@action,'/accept')]//button"))
        assert status_word(driver) == "Proses"
        form = open_action(driver, "Selesaikan (foto tindak lanjut wajib)")
        form.find_element(By.NAME, "note").send_keys("Lubang sudah ditambal dan diaspal ulang")
        submit(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        assert "Foto tindak lanjut wajib diunggah" in flash(driver)
        assert status_word(driver).startswith("Proses: ")
        form = open_action(driver, "Selesaikan (foto tindak lanjut wajib)")
        photo = png(os.path.join(tempfile.mkdtemp(), "tindak-lanjut.png"))
        form.find_element(By.NAME, "photo").send_keys(photo)
        form.find_element(By.NAME, "note").send_keys("Lubang sudah ditambal dan diaspal ulang")
        submit(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        assert "berhasil" in flash(driver)
        assert status_word(driver) == "Selesai"
        thumbnail = driver.find_element(By.CSS_SELECTOR, ".photos a img")
        cookie = driver.get_cookie("aspirasi_session")["value"]
        assert http(hub, urllib.parse.urlparse(thumbnail.get_attribute("src")).path, cookie) == 200

        # The citizen is owed a message on their channel for each step, in the outbox.
        told = hub.sql(
            "SELECT e.kind FROM deliveries d JOIN report_events e ON e.id = d.event_id "
            f"JOIN reports r ON r.id = d.report_id WHERE r.tracking_number = '{number}' AND d.kind = 'status' "
            "ORDER BY e.id")
        assert told == ["disposed", "accepted", "completed"], told
        timeline = driver.find_element(By.CSS_SELECTOR, "ol.timeline").text
        assert timeline.count("Kabar status ke warga") == 3

        # A form posted without its CSRF token (with a live session that may write a note) is 403 and changes nothing.
        events_sql = ("SELECT count(*) FROM report_events e JOIN reports r ON r.id = e.report_id "
                      f"WHERE r.tracking_number = '{number}'")
        events = hub.sql(events_sql)
        assert http(hub, f"/console/reports/{number}/note", cookie, data=b"note=tanpa+token") == 403
        assert hub.sql(events_sql) == events
        hub.completed = number
        sign_out(driver)

        # A petugas of another kelurahan: the report does not exist for them.
        sign_in(driver, hub, "petugas.cideng")
        driver.get(hub.url + "/console/reports/" + number)
        assert "Tidak ditemukan" in driver.find_element(By.TAG_NAME, "h1").text
        outsider = driver.get_cookie("aspirasi_session")["value"]
        assert http(hub, "/console/reports/" + number, outsider) == 404

    finally:
        driver.quit()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots(hub, width):
    os.makedirs(SCREENSHOTS, exist_ok=True)
    driver = browser(True, width)
    try:
        sign_in(driver, hub, "koor.dki")
        shown = getattr(hub, "completed", hub.fill[0])
        pages = [("queue", "/console/reports"), ("report", "/console/reports/" + shown), ("map", "/console/map")]
        for name, path in pages:
            driver.set_window_size(width, 900)
            driver.get(hub.url + path)
            assert driver.find_element(By.TAG_NAME, "h1").text
            # Nothing sticks out sideways: the page fits the phone's width.
            overflow = driver.execute_script("return document.documentElement.scrollWidth")
            assert overflow <= width, f"{name} is {overflow} px wide at {width}"
            height = driver.execute_script("return document.documentElement.scrollHeight")
            # The first screens of the page: enough to judge it, small enough to read in the README.
            driver.set_window_size(width, min(max(height, 600), 1500 if width > 500 else 1700))
            driver.save_screenshot(os.path.join(SCREENSHOTS, f"{name}-{width}.png"))
    finally:
        driver.quit()
