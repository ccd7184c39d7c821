package okta

// TEMP: replaced by apps.go at merge. This file only lets GroupsService.ListApps and PoliciesService.ListApps
// compile and decode on the groups-policies branch; the apps branch owns the real Application union. Delete
// the whole file at merge.

import "encoding/json"

// Application is a placeholder for the Application union of apps.go.
type Application interface{ isApplication() }

// tempApplication keeps an application's JSON as Okta sent it.
type tempApplication struct{ raw json.RawMessage }

func (tempApplication) isApplication() {}

func (a tempApplication) MarshalJSON() ([]byte, error) { return a.raw, nil }

func init() {
	registerUnion(func(b []byte) (Application, error) {
		return tempApplication{raw: append(json.RawMessage(nil), b...)}, nil
	})
}
