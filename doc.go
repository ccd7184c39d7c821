// Package okta is a client for the Okta Management API.
//
//go:generate go run ./internal/cmd/genjson
package okta
