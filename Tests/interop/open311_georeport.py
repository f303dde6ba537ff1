"""Reads Aspirasi's Open311 endpoint with georeport, an Open311 client written
elsewhere (PyPI), after creating requests with a plain form POST.

Usage: open311_georeport.py BASE_URL API_KEY   (BASE_URL ends in /open311/v2)
Exits non-zero, naming the check, when anything disagrees.
"""
import sys

import requests
from georeport import GeoReport


def check(condition, what):
    if not condition:
        print(f"FAIL: {what}")
        sys.exit(1)
    print(f"ok: {what}")


def main(base, key):
    created = []
    for code, lat, lon, text in [
        ("jalan_rusak", -6.1754, 106.8272, "Jalan berlubang di depan Monas"),
        ("sampah", -6.2250, 106.9000, "Sampah menumpuk & bau, <tolong>"),
    ]:
        reply = requests.post(f"{base}/requests.json", data={
            "api_key": key, "jurisdiction_id": "jakarta", "service_code": code, "lat": lat, "long": lon,
            "description": text, "email": "warga@example.com", "first_name": "Siti",
        })
        check(reply.status_code == 201, f"POST requests.json for {code} answers 201 (got {reply.status_code})")
        created.append((reply.json()[0]["service_request_id"], code, text))

    for fmt in ("json", "xml"):
        client = GeoReport(base, jurisdiction="jakarta", output_format=fmt)
        services = client.get_service_list()
        codes = {s["service_code"] for s in services}
        check({"jalan_rusak", "sampah", "lainnya"} <= codes, f"{fmt}: services list our categories ({len(codes)})")
        definition = client.get_service_definition("sampah")
        check(definition["service_code"] == "sampah", f"{fmt}: service definition for sampah")
        for request_id, code, text in created:
            request = client.get_service_request(request_id)
            check(request["service_request_id"] == request_id, f"{fmt}: reads back {request_id}")
            check(request["service_code"] == code and request["status"] == "open", f"{fmt}: {request_id} is an open {code}")
            check(request["description"] == text, f"{fmt}: {request_id} keeps its description")
            body = str(request)
            check("warga@example.com" not in body and "Siti" not in body, f"{fmt}: {request_id} shows no personal data")
        listed = client.get_service_requests(service_request_id=",".join(r for r, _, _ in created))
        if isinstance(listed, dict):
            listed = [listed]
        check({r["service_request_id"] for r in listed} == {r for r, _, _ in created}, f"{fmt}: lists both by id")
        open_sampah = client.get_service_requests(service_code="sampah", status="open")
        if isinstance(open_sampah, dict):
            open_sampah = [open_sampah]
        check(any(r["service_request_id"] == created[1][0] for r in open_sampah), f"{fmt}: filters by code and status")

    print("open311 interop: all checks passed")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2])
