package okta_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/oktakit/okta"
)

// A call this package has no method for goes through Client.Do with the client's credentials, retries and error
// model, decoding into any type the caller declares.
func ExampleClient_Do() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// Only the fields the caller needs; everything else in the body is ignored.
	var users []struct {
		ID      string `json:"id"`
		Profile struct {
			Login string `json:"login"`
		} `json:"profile"`
	}
	resp, err := client.Do(ctx, "GET", "/api/v1/users?limit=2", nil, &users)
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range users {
		fmt.Println(u.Profile.Login)
	}
	fmt.Println("more pages:", resp.HasNextPage())

	// Okta's errors come back as *okta.Error, as from any method.
	_, err = client.Do(ctx, "GET", "/api/v1/users/nobody", nil, nil)
	fmt.Println(errors.Is(err, okta.ErrNotFound))
	// Output:
	// ada@example.com
	// grace@example.com
	// more pages: true
	// true
}

// NewIterator walks any paged list, following Okta's Link headers.
func ExampleNewIterator() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}

	type user struct {
		Profile struct {
			FirstName string `json:"firstName"`
		} `json:"profile"`
	}
	it := okta.NewIterator[user](context.Background(), client, "/api/v1/users?limit=2")
	for it.Next() {
		fmt.Println(it.Value().Profile.FirstName)
	}
	if err := it.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// ada
	// grace
	// alan
	// edsger
	// barbara
}
